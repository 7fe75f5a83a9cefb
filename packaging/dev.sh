#!/usr/bin/env bash
# The project's two commands (README.md):
#   packaging/dev.sh run    install what is missing, build, start Digest Studio on the default SQLite library
#   packaging/dev.sh test   install what is missing, build both flavours, run every test of both
#   packaging/dev.sh sanitize   the whole test suite once more, built with ASan + UBSan (preset asan)
#   packaging/dev.sh fuzz [S]   every libFuzzer target (preset fuzz) for S seconds each; without S they share
#                               $DIGEST_FUZZ_TOTAL_SECONDS (default 480), a fresh seed each run (tests/fuzz/README.md)
# `test` and `sanitize` start a throw-away PostgreSQL server on a loopback port for the tests that need one, and stops it,
# and run ctest in a private D-Bus session with a throw-away, unlocked GNOME keyring (tests/support/with-keyring.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

jobs=$(nproc 2>/dev/null || echo 2)

# ccache, when there, makes the four builds (qt6, qt5, asan, fuzz) of a second run cheap; paths relative to the
# checkout so that another clone of the same sources hits the cache too.
if command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="$root"
fi

configure_and_build() {
  local preset=$1
  echo "== build: $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
}

# The flavour with every feature on this system: Qt 6 + KF6 where KF6 exists, else Qt 5.15 + KF5 (Debian 12).
full_preset() {
  if ls /usr/lib/*/cmake/KF6SyntaxHighlighting >/dev/null 2>&1 || ls /usr/lib*/cmake/KF6SyntaxHighlighting >/dev/null 2>&1; then
    echo qt6-kf6
  else
    echo qt5
  fi
}

pg_pid_dir=""
start_postgres() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "dev.sh: PostgreSQL server binaries not found (package postgresql)" >&2
    exit 1
  fi
  pg_pid_dir=$(mktemp -d /tmp/digest-pg.XXXXXX)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: run the throw-away cluster as the postgres system user.
    chown postgres: "$pg_pid_dir"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bindir/initdb" -D "$pg_pid_dir/data" -U digest -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$bindir/pg_ctl" -D "$pg_pid_dir/data" -l "$pg_pid_dir/log" -w \
    -o "-p $port -k $pg_pid_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  "${as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U digest digest_test
  export DIGEST_TEST_PG="postgresql://digest@127.0.0.1:$port/digest_test"
  export DIGEST_TEST_PG_BINDIR="$bindir"
  PG_STOP=("${as[@]}" "$bindir/pg_ctl" -D "$pg_pid_dir/data" -m fast -w stop)
  echo "== PostgreSQL for the tests: $DIGEST_TEST_PG"
}

stop_postgres() {
  if [ -n "$pg_pid_dir" ]; then
    "${PG_STOP[@]}" >/dev/null 2>&1 || true
    rm -rf "$pg_pid_dir"
    pg_pid_dir=""
  fi
}

cmd_run() {
  bash "$here/install-deps.sh"
  local preset
  preset=$(full_preset)
  configure_and_build "$preset"
  local app="$root/build/$preset/src/app/digest-studio"
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found. Digest Studio is built at $app; run it in a virtual X server with:"
    echo "  xvfb-run -a -s '-screen 0 1600x1000x24' $app"
    exit 0
  fi
  exec "$app" "$@"
}

# Runs ctest for each preset given against a throw-away PostgreSQL; adds to the global pass/fail counts.
run_ctest() {
  local status=0
  trap stop_postgres EXIT
  start_postgres
  for preset in "$@"; do
    echo "== test: $preset"
    local log
    log=$(mktemp)
    # Inside a private D-Bus session with a throw-away GNOME keyring, so that the keychain path is tested for real.
    if "$root/tests/support/with-keyring.sh" ctest --preset "$preset" -j "$jobs" 2>&1 | tee "$log"; then :; fi
    if ! grep -q '100% tests passed' "$log"; then
      status=1
    fi
    # A test ctest did not run (a missing executable, a failed fixture) or marked skipped fails the command;
    # a Qt Test that skips already fails in ctest (FAIL_REGULAR_EXPRESSION, tests/CMakeLists.txt).
    if grep -qE 'tests did not run|\*\*\*Skipped|\*\*\*Not Run' "$log"; then
      echo "== test: $preset: some tests did not run or were skipped (above): that is a failure" >&2
      status=1
    fi
    local total fails
    total=$(sed -n 's/.* tests failed out of \([0-9]*\).*/\1/p' "$log" | tail -n 1)
    fails=$(sed -n 's/.*, \([0-9]*\) tests failed out of.*/\1/p' "$log" | tail -n 1)
    total=${total:-0}
    fails=${fails:-0}
    if [ "$total" -eq 0 ]; then
      status=1
    fi
    passed=$((passed + total - fails))
    failed=$((failed + fails))
    rm -f "$log"
  done
  stop_postgres
  return $status
}

passed=0
failed=0

cmd_test() {
  bash "$here/install-deps.sh"
  configure_and_build qt6
  configure_and_build qt5
  local status=0
  run_ctest qt6 qt5 || status=1
  echo "tests: $passed passed, $failed failed"
  return $status
}

cmd_sanitize() {
  bash "$here/install-deps.sh"
  configure_and_build asan
  local status=0
  # Leaks are reported by LeakSanitizer with the suppressions of third-party libraries' own caches.
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
  export LSAN_OPTIONS="suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  run_ctest asan || status=1
  echo "sanitized: $passed passed, $failed failed"
  return $status
}

cmd_fuzz() {
  bash "$here/install-deps.sh"
  echo "== build: fuzz"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$jobs"
  if [ -n "${1:-}" ]; then
    bash "$root/tests/fuzz/run-fuzzers.sh" "$root/build/fuzz" "$1"
  else
    bash "$root/tests/fuzz/run-fuzzers.sh" --total "${DIGEST_FUZZ_TOTAL_SECONDS:-480}" "$root/build/fuzz"
  fi
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  sanitize) shift; cmd_sanitize "$@" ;;
  fuzz) shift; cmd_fuzz "$@" ;;
  *) echo "usage: packaging/dev.sh run|test|sanitize|fuzz [SECONDS]" >&2; exit 2 ;;
esac
