#!/usr/bin/env bash
# Runs every libFuzzer target of a `fuzz` build for a bounded number of executions each (about SECONDS_EACH on
# the 2-core CI machine, never more than twice that), seeded from tests/fixtures and tests/fuzz/seeds; fails on
# the first finding and prints its input. Prints each target's executions per second.
# The random seed is fixed (DIGEST_FUZZ_SEED, default 1) so that CI repeats a run that was checked; hunt with
# DIGEST_FUZZ_SEED=0 (a new seed each run) and longer times by hand.
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_EACH]
set -euo pipefail
build=$1
seconds=${2:-60}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fixtures=$here/../fixtures
work=$(mktemp -d /tmp/digest-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT

seeds_for() {
  case $1 in
    fuzz-xmlpullreader) echo "$fixtures/arxiv $here/seeds/xmlpullreader" ;;
    fuzz-arxivparsers) echo "$fixtures/arxiv" ;;
    # seeds/digestimporter: the inputs that found bugs, so that every run checks them again.
    fuzz-digestimporter) echo "$fixtures/formats $fixtures/published $here/seeds/digestimporter" ;;
    fuzz-arxivid) echo "$here/seeds/arxivid" ;;
    fuzz-glossarycsv) echo "$here/seeds/glossarycsv" ;;
    fuzz-librarylocation) echo "$here/seeds/librarylocation" ;;
    fuzz-exporters) echo "$here/seeds/exporters" ;;
    fuzz-sse) echo "$here/seeds/sse" ;;
    fuzz-draftjson) echo "$here/seeds/draftjson" ;;
    fuzz-wechatanswer) echo "$here/seeds/wechatanswer" ;;
    fuzz-imageexport) echo "$here/seeds/imageexport" ;;
    fuzz-historyjsonl) echo "$here/seeds/historyjsonl" ;;
    fuzz-streameddraft) echo "$here/seeds/draftjson" ;;
    fuzz-latexmlreader) echo "$fixtures/fulltext/html/authblk $fixtures/fulltext/html/marks \
      $fixtures/fulltext/html/neurips $fixtures/fulltext/html/llncs $fixtures/fulltext/html/thanks \
      $fixtures/fulltext/soup $here/seeds/latexmlreader" ;;
    fuzz-institutionreducer) echo "$here/seeds/institutionreducer" ;;
    fuzz-figureimage) echo "$here/seeds/figureimage" ;;
  esac
}

# Executions per second measured on the CI machine, so that a run's length follows SECONDS_EACH.
rate_of() {
  case $1 in
    fuzz-xmlpullreader) echo 10000 ;;
    fuzz-arxivparsers) echo 2500 ;;
    fuzz-arxivid) echo 5000 ;;
    fuzz-digestimporter) echo 3000 ;;
    fuzz-glossarycsv) echo 12000 ;;
    fuzz-librarylocation) echo 8000 ;;
    fuzz-exporters) echo 500 ;;
    fuzz-sse) echo 300 ;;
    fuzz-draftjson) echo 2000 ;;
    fuzz-wechatanswer) echo 20000 ;;
    fuzz-imageexport) echo 10 ;;
    fuzz-historyjsonl) echo 15000 ;;
    fuzz-streameddraft) echo 1000 ;;
    fuzz-latexmlreader) echo 250 ;;
    fuzz-institutionreducer) echo 250 ;;
    fuzz-figureimage) echo 2500 ;;
  esac
}

# The environment a target runs in. fuzz-imageexport: Qt's font engines (fontconfig, FreeType, HarfBuzz) are
# cached for the life of the process and never freed, which LeakSanitizer reports at exit; growth per input is
# still bounded by -rss_limit_mb.
env_of() {
  case $1 in
    fuzz-imageexport) echo "ASAN_OPTIONS=detect_leaks=0" ;;
    *) echo "DIGEST_FUZZ_TARGET=$1" ;;
  esac
}

status=0
for fuzzer in fuzz-xmlpullreader fuzz-arxivparsers fuzz-arxivid fuzz-digestimporter fuzz-glossarycsv \
  fuzz-librarylocation fuzz-exporters fuzz-sse fuzz-draftjson fuzz-wechatanswer fuzz-imageexport \
  fuzz-historyjsonl fuzz-streameddraft fuzz-latexmlreader fuzz-institutionreducer \
  fuzz-figureimage; do
  corpus=$work/$fuzzer
  mkdir -p "$corpus" "$work/artifacts-$fuzzer"
  # Only files (the seed folders may hold subfolders), each at most 1 MB as -max_len allows.
  for dir in $(seeds_for "$fuzzer"); do
    find "$dir" -maxdepth 1 -type f -size -1024k -exec cp {} "$corpus/" \;
  done
  log=$work/$fuzzer.log
  echo "== fuzz: $fuzzer (about ${seconds} s)"
  # -timeout: one input taking over 10 s is a finding; -rss_limit_mb: so is growing past 2 GB.
  runs=$(($(rate_of "$fuzzer") * seconds))
  if env "$(env_of "$fuzzer")" "$build/tests/fuzz/$fuzzer" "$corpus" -seed="${DIGEST_FUZZ_SEED:-1}" -runs="$runs" \
      -max_total_time=$((seconds * 2)) -timeout=10 -rss_limit_mb=2048 -max_len=1048576 -print_final_stats=1 \
      -artifact_prefix="$work/artifacts-$fuzzer/" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    echo "   $runs runs, $rate exec/s, no finding"
  else
    status=1
    grep -E "ERROR|broken promise|SUMMARY|timeout|out-of-memory" "$log" | head -n 20 || true
    for crash in "$work/artifacts-$fuzzer"/*; do
      [ -f "$crash" ] || continue
      echo "   input ($(stat -c %s "$crash") bytes), base64: $(head -c 600 "$crash" | base64 -w0)"
    done
  fi
done
exit $status
