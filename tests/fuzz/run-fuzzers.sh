#!/usr/bin/env bash
# Runs the libFuzzer targets of a `fuzz` build, each for a time budget, from its corpus (tests/fuzz/corpus/<target>,
# grown by earlier hunts) and its hand-picked seeds (tests/fuzz/seeds, tests/fixtures). Every run takes a fresh
# random seed and prints it with the command that replays the run; a finding prints its input and the command that
# reproduces it. With --update-corpus the run's new inputs are merged into the corpus (-merge=1: only inputs that
# add coverage), minimised and capped (tests/fuzz/README.md says how much). tests/fuzz/README.md: a long hunt.
#
#   tests/fuzz/run-fuzzers.sh [options] BUILD_DIR [SECONDS_EACH] [TARGET...]
#     SECONDS_EACH      time per target (default 60)
#     --total S         share S seconds among the targets instead (CI: the whole phase's budget)
#     --seed N          libFuzzer's -seed (default: a fresh one; also $DIGEST_FUZZ_SEED)
#     --runs N          a number of executions instead of a time (to replay a printed run exactly)
#     --update-corpus   merge what the run found into tests/fuzz/corpus/<target> (a local hunt; CI does not)
#     --keep DIR        keep the run's corpus and logs in DIR (default: a temporary folder, removed)
# Findings are kept in BUILD_DIR/fuzz-findings/<target>/.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tests=$(cd "$here/.." && pwd)

# The corpus cap per target (tests/fuzz/README.md; check-corpus.py enforces it in ctest).
CORPUS_MAX_FILES=500
CORPUS_MAX_KB=256

# name | -max_len | seed folders under tests/ (files only, each under 1 MB)
targets_table() {
  cat <<'EOF'
fuzz-xmlpullreader|16384|fixtures/arxiv fuzz/seeds/xmlpullreader
fuzz-arxivparsers|16384|fixtures/arxiv
fuzz-arxivid|1024|fuzz/seeds/arxivid
fuzz-digestimporter|32768|fixtures/formats fixtures/published fuzz/seeds/digestimporter
fuzz-glossarycsv|4096|fuzz/seeds/glossarycsv
fuzz-librarylocation|1024|fuzz/seeds/librarylocation
fuzz-exporters|8192|fuzz/seeds/exporters
fuzz-sse|8192|fuzz/seeds/sse
fuzz-chatstream|8192|fuzz/seeds/sse fuzz/seeds/chatstream
fuzz-draftjson|4096|fuzz/seeds/draftjson
fuzz-streameddraft|4096|fuzz/seeds/draftjson
fuzz-deeplxml|4096|fuzz/seeds/deeplxml
fuzz-wechatanswer|4096|fuzz/seeds/wechatanswer
fuzz-imageexport|2048|fuzz/seeds/imageexport
fuzz-historyjsonl|4096|fuzz/seeds/historyjsonl
fuzz-latexmlreader|65536|fixtures/fulltext/html/authblk fixtures/fulltext/html/marks fixtures/fulltext/html/neurips fixtures/fulltext/html/llncs fixtures/fulltext/html/thanks fixtures/fulltext/soup fuzz/seeds/latexmlreader
fuzz-institutionreducer|4096|fuzz/seeds/institutionreducer
fuzz-figureimage|65536|fuzz/seeds/figureimage
fuzz-presencebeat|2048|fuzz/seeds/presencebeat
fuzz-authorblockanswer|8192|fuzz/seeds/authorblockanswer fuzz/seeds/chatstream
EOF
}

# fuzz-imageexport: Qt's font engines (fontconfig, FreeType, HarfBuzz) are cached for the life of the process and
# never freed, which LeakSanitizer reports at exit; growth per input is still bounded by -rss_limit_mb.
env_of() {
  case $1 in
    fuzz-imageexport) echo "ASAN_OPTIONS=detect_leaks=0" ;;
    *) echo "DIGEST_FUZZ_TARGET=$1" ;;
  esac
}

usage() {
  sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

seed=${DIGEST_FUZZ_SEED:-}
runs=""
total=""
update=0
keep=""
positional=()
while [ $# -gt 0 ]; do
  case $1 in
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --total) total=$2; shift 2 ;;
    --update-corpus) update=1; shift ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "run-fuzzers.sh: unknown option $1" >&2; usage ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -ge 1 ] || usage
build=$(cd "${positional[0]}" && pwd)
seconds=60
selected=()
for arg in "${positional[@]:1}"; do
  if [[ $arg =~ ^[0-9]+$ ]]; then seconds=$arg; else selected+=("$arg"); fi
done
if [ ${#selected[@]} -eq 0 ]; then
  while IFS='|' read -r name _ _; do selected+=("$name"); done < <(targets_table)
fi
for name in "${selected[@]}"; do
  targets_table | grep -q "^$name|" || { echo "run-fuzzers.sh: no target $name" >&2; exit 2; }
  [ -x "$build/tests/fuzz/$name" ] || { echo "run-fuzzers.sh: $build/tests/fuzz/$name is not built" >&2; exit 2; }
done
if [ -n "$total" ]; then
  seconds=$((total / ${#selected[@]}))
  [ "$seconds" -ge 5 ] || seconds=5
fi
# A fresh seed per run unless one is given: libFuzzer's -seed is a 32-bit unsigned, 0 meaning "pick one".
if [ -z "$seed" ] || [ "$seed" = 0 ]; then
  seed=$(( $(od -An -N4 -tu4 /dev/urandom | tr -d ' ') % 2147483647 + 1 ))
fi

if [ -n "$keep" ]; then
  mkdir -p "$keep"
  work=$(cd "$keep" && pwd)
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/digest-fuzz.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi

budget() { if [ -n "$runs" ]; then echo "-runs=$runs"; else echo "-max_total_time=$seconds"; fi; }
echo "== fuzz: ${#selected[@]} targets, $(if [ -n "$runs" ]; then echo "$runs runs"; else echo "${seconds} s"; fi) each, seed $seed"
echo "   replay this run: tests/fuzz/run-fuzzers.sh --seed $seed $(if [ -n "$runs" ]; then echo "--runs $runs "; fi)$build ${seconds} ${selected[*]}"

# Merges the run's inputs into tests/fuzz/corpus/<target>: the smallest set with the coverage of the old corpus,
# the new inputs and the seeds, less the seeds themselves (they stay where they are), then capped.
update_corpus() {
  local name=$1 maxlen=$2 corpus=$3
  shift 3
  local merged=$work/$name.merged repo=$here/corpus/${name#fuzz-}
  rm -rf "$merged"
  mkdir -p "$merged" "$repo"
  env "$(env_of "$name")" "$build/tests/fuzz/$name" -merge=1 -max_len="$maxlen" -timeout=10 -rss_limit_mb=2048 \
    "$merged" "$repo" "$corpus" "$@" >"$work/$name.merge.log" 2>&1 || {
    echo "   merge failed (log: $work/$name.merge.log)"
    return 1
  }
  local seedsums
  seedsums=$(for dir in "$@"; do find "$dir" -maxdepth 1 -type f -exec sha1sum {} +; done | cut -d' ' -f1 | sort -u)
  for file in "$merged"/*; do
    [ -f "$file" ] || continue
    if grep -qx "$(basename "$file")" <<<"$seedsums"; then rm -f "$file"; fi
  done
  # The cap: the smallest inputs first, as many as fit.
  local count=0 bytes=0 dropped=0 size
  rm -f "$repo"/*
  while read -r size file; do
    if [ $count -lt $CORPUS_MAX_FILES ] && [ $((bytes + size)) -le $((CORPUS_MAX_KB * 1024)) ]; then
      cp "$file" "$repo/"
      count=$((count + 1))
      bytes=$((bytes + size))
    else
      dropped=$((dropped + 1))
    fi
  done < <(find "$merged" -maxdepth 1 -type f -printf '%s %p\n' | sort -n -k1,1 -k2,2)
  echo "   corpus: $count files, $((bytes / 1024)) KB in tests/fuzz/corpus/${name#fuzz-}$(if [ $dropped -gt 0 ]; then echo ", $dropped over the cap left out"; fi)"
}

status=0
phase_start=$SECONDS
while IFS='|' read -r name maxlen seeddirs; do
  [[ " ${selected[*]} " == *" $name "* ]] || continue
  corpus=$work/$name.corpus
  # Findings stay in the build folder after the run (the rest of the work folder goes).
  artifacts=$build/fuzz-findings/$name
  rm -rf "$corpus" "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  # The repository's corpus is copied, so that the run's new inputs never land in the checkout by themselves.
  if [ -d "$here/corpus/${name#fuzz-}" ]; then
    find "$here/corpus/${name#fuzz-}" -maxdepth 1 -type f -exec cp {} "$corpus/" \;
  fi
  seeds=()
  for dir in $seeddirs; do
    [ -d "$tests/$dir" ] && seeds+=("$tests/$dir")
  done
  log=$work/$name.log
  started=$SECONDS
  # -timeout: one input taking over 10 s is a finding; -rss_limit_mb: so is growing past 2 GB.
  if env "$(env_of "$name")" "$build/tests/fuzz/$name" "$corpus" "${seeds[@]}" -seed="$seed" "$(budget)" \
      -timeout=10 -rss_limit_mb=2048 -max_len="$maxlen" -print_final_stats=1 -artifact_prefix="$artifacts/" \
      >"$log" 2>&1; then
    done_runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    echo "== $name: $done_runs runs in $((SECONDS - started)) s ($rate exec/s), coverage ${cov:-?}, no finding" \
         "(replay: --seed $seed --runs $done_runs)"
    if [ $update -eq 1 ]; then update_corpus "$name" "$maxlen" "$corpus" "${seeds[@]}" || status=1; fi
  else
    status=1
    echo "== $name: FINDING (seed $seed)"
    grep -E "broken promise|ERROR|SUMMARY|timeout|out-of-memory|==[0-9]+==" "$log" | head -n 20 || true
    for crash in "$artifacts"/*; do
      [ -f "$crash" ] || continue
      echo "   input ($(stat -c %s "$crash") bytes): $crash"
      echo "   reproduce: $build/tests/fuzz/$name $crash"
      if [ "$(stat -c %s "$crash")" -le 65536 ]; then
        echo "   elsewhere: echo '$(base64 -w0 "$crash")' | base64 -d > finding && $build/tests/fuzz/$name finding"
      fi
    done
    echo "   the whole log: $log$(if [ -z "$keep" ]; then echo " (removed at exit: run with --keep DIR to keep it)"; fi)"
  fi
done < <(targets_table)
echo "== fuzz done in $((SECONDS - phase_start)) s, seed $seed$(if [ $status -ne 0 ]; then echo ": FINDINGS above"; fi)"
exit $status
