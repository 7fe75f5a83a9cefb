#!/bin/sh
# Runs feedparser_compare.py with Debian's Python (python3-feedparser), whatever python3 is first on PATH.
# Usage: tests/bench/feedparser_compare.sh [BENCH_ARXIVPARSE] [REPEAT]
set -eu
here=$(dirname "$0")
bench=${1:-"$here/../../build/qt5/tests/bench/bench-arxivparse"}
exec /usr/bin/python3 "$here/feedparser_compare.py" "$bench" "${2:-10}"
