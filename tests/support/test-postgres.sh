#!/usr/bin/env bash
# The throw-away PostgreSQL server of a ctest run (the `postgres` fixture, tests/CMakeLists.txt):
#   test-postgres.sh start DIR   a new cluster in DIR on a free loopback port; its URL in DIR/url
#   test-postgres.sh stop DIR    stops it and removes DIR
# The tests with PostgreSQL rows read DIR/url when $DIGEST_TEST_PG is unset, so that a bare `ctest --preset qt5`
# runs them against a real server. When $DIGEST_TEST_PG is set (packaging/dev.sh starts one for both flavours),
# both commands do nothing and the tests use that server.
set -euo pipefail
command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: test-postgres.sh start|stop DIR" >&2; exit 2; }
if [ -n "${DIGEST_TEST_PG:-}" ]; then
  echo "test-postgres.sh: using \$DIGEST_TEST_PG ($command does nothing)"
  exit 0
fi

bindir=${DIGEST_TEST_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
as=()
if [ "$(id -u)" -eq 0 ]; then
  as=(runuser -u postgres --) # PostgreSQL refuses to run as root
fi

stop() {
  if [ -f "$dir/data/postmaster.pid" ] && [ -n "$bindir" ]; then
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case $command in
  start)
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
      echo "test-postgres.sh: PostgreSQL server binaries not found (package postgresql; packaging/install-deps.sh)" >&2
      exit 1
    fi
    stop # a cluster a killed run left behind
    mkdir -p "$dir"
    [ ${#as[@]} -eq 0 ] || chown postgres: "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    "${as[@]}" "$bindir/initdb" -D "$dir/data" -U digest -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off" start >/dev/null
    "${as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U digest digest_test
    url="postgresql://digest@127.0.0.1:$port/digest_test"
    echo "$url" >"$dir/url"
    echo "test-postgres.sh: $url"
    ;;
  stop)
    stop
    ;;
  *)
    echo "usage: test-postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
