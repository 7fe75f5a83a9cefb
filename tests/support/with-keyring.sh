#!/usr/bin/env bash
# Runs a command in a private D-Bus session with a throw-away GNOME keyring (Secret Service), unlocked with an
# empty password, its HOME and XDG folders in a temporary folder that is removed afterwards. The tests of the
# keychain path (SecretStore) run under it, and packaging/dev.sh runs the whole test suite under it.
#   tests/support/with-keyring.sh COMMAND [ARGUMENTS...]
set -euo pipefail

if [ -z "${DIGEST_KEYRING_SESSION:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "with-keyring.sh: $tool not found (packages dbus-daemon and gnome-keyring; packaging/install-deps.sh)" >&2
      exit 1
    fi
  done
  scratch=$(mktemp -d /tmp/digest-keyring.XXXXXX)
  trap 'rm -rf "$scratch"' EXIT
  export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
         XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
  mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  export DIGEST_KEYRING_SESSION="$scratch"
  # dbus-run-session ends the bus when the command ends; the keyring daemon leaves with it.
  status=0
  dbus-run-session -- "$0" "$@" 2> >(grep -v 'Failed to set fd limit' >&2) || status=$?
  exit $status
fi

# Inside the session: an empty password (a bare newline on stdin) creates and unlocks the login keyring, once
# (a test run by ctest under packaging/dev.sh finds the suite's keyring already there).
if [ -z "${DIGEST_KEYRING_READY:-}" ]; then
  printf '\n' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export DIGEST_KEYRING_READY=1
fi
exec "$@"
