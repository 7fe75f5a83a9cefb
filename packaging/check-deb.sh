#!/usr/bin/env bash
# The clean-system package check: builds the .deb (cpack -G DEB), installs it with --no-install-recommends into a
# fresh Debian 12 minbase chroot, so that apt resolves its Depends from the mirror and nothing else is there, and
# runs the program as a new user would: digestctl new, add (over loopback HTTP), export, import on SQLite, and the
# GUI for a few seconds on the offscreen platform. Each step prints what it checks; a failure names its step.
#
#   packaging/check-deb.sh [BUILD_DIR]   build the package in BUILD_DIR (default: preset qt5 in build/qt5; an
#                                        existing, configured BUILD_DIR is reused: only the build is brought up to
#                                        date) and check it
#   packaging/check-deb.sh --deb FILE    check an existing package
#
# Needs root for debootstrap, chroot and mount (sudo when not root: the build itself runs as the caller).
# The pristine chroot is cached as a tarball in ~/.cache/digest-studio/check-deb/ (or $DIGEST_CHECK_DEB_CACHE), so
# only the first run pays for debootstrap; every check starts from a fresh copy of it, and the tarball is made again
# when it is older than 30 days. The .debs apt downloads are cached there too. Environment: DIGEST_DEBIAN_MIRROR
# (default http://deb.debian.org/debian), DIGEST_DEBIAN_SECURITY (http://deb.debian.org/debian-security),
# DIGEST_CHECK_DEB_KEEP=1 leaves the chroot in place for a look after the run, DIGEST_CHECK_DEB_TMPFS=0 makes it on
# disk instead of in a tmpfs.
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

suite=bookworm
mirror=${DIGEST_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${DIGEST_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}
cache=${DIGEST_CHECK_DEB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/digest-studio/check-deb}
app_id=io.github.digest_studio.DigestStudio
# The clock runs on across the re-run as root, so that each step's time is counted from the start.
SECONDS=${DIGEST_CHECK_DEB_SECONDS:-0}

# The script's own output and errors, kept on fds 8 and 9: a trap that fires during a command (an interrupt while apt
# runs) inherits that command's redirections, and its message would go into the command's log.
exec 8>&1 9>&2
current_step="start"
step() {
  current_step=$1
  echo "== check-deb [${SECONDS} s]: $1"
}
fail() {
  echo "check-deb: FAILED in step \"$current_step\": $*" >&9
  exit 1
}
trap 'echo "check-deb: FAILED in step \"$current_step\": \`$BASH_COMMAND\` exited with $?" >&9' ERR

# ---------------------------------------------------------------------------------------------------------------
# Unprivileged part: build the package as the caller, then check it as root.
build_package() {
  local build=$1
  if [ -f "$build/CMakeCache.txt" ]; then
    step "build: reuse $build"
  else
    step "build: configure preset qt5"
    [ "$build" = "$root/build/qt5" ] || fail "$build is not a configured build directory"
    if command -v ccache >/dev/null 2>&1; then
      export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="$root"
    fi
    (cd "$root" && cmake --preset qt5 >/dev/null)
  fi
  cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" >"$build/check-deb-build.log" 2>&1 ||
    { tail -n 40 "$build/check-deb-build.log" >&2; fail "the build failed"; }
  tail -n 1 "$build/check-deb-build.log"

  step "package: cpack -G DEB"
  rm -rf "$build/package"
  cpack -G DEB --config "$build/CPackConfig.cmake" -B "$build/package" >"$build/package.log" 2>&1 ||
    { cat "$build/package.log" >&2; fail "cpack failed"; }
  local debs=("$build"/package/*.deb)
  if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "expected one .deb in $build/package, found: ${debs[*]}"
  fi
  deb=${debs[0]}
  echo "$deb"
  dpkg-deb -f "$deb" Package Version Depends Recommends | sed 's/^/  /'

  # The man page is built by the program's build when it exists; then the package must carry it.
  if [ -n "$(find "$build" -name digestctl.1 -not -path '*/package/*' -print -quit)" ]; then
    step "package: the built man page digestctl.1 is in the package"
    # grep reads the whole listing (no -q): with pipefail, a grep that stops at the first match kills dpkg-deb
    # with SIGPIPE and the pipeline fails although the page is there.
    dpkg-deb -c "$deb" | grep -E '/usr/share/man/man1/digestctl\.1(\.gz)?$' >/dev/null ||
      fail "$build has digestctl.1 but the package does not install it"
  fi
}

# ---------------------------------------------------------------------------------------------------------------
# Privileged part: the chroot.
chroot_dir=""
work=""
server_pid=""
mounts=()
tmpfs=""

cleanup() {
  local status=$?
  trap - ERR
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "$chroot_dir" ]; then
    # Anything still running inside the chroot (only what this check started can be there) keeps the mounts busy.
    local p
    for p in /proc/[0-9]*; do
      if [ "$(readlink "$p/root" 2>/dev/null)" = "$chroot_dir" ]; then kill -9 "${p#/proc/}" 2>/dev/null || true; fi
    done
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
      umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" 2>/dev/null || true
    done
    # And what a failed debootstrap may have left mounted there, deepest first.
    awk -v dir="$chroot_dir/" 'index($2, dir) == 1 { print $2 }' /proc/mounts | sort -r | while read -r m; do
      umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done
  fi
  if [ -n "$work" ]; then
    if [ "${DIGEST_CHECK_DEB_KEEP:-0}" = 1 ]; then
      echo "check-deb: the chroot is kept in $chroot_dir" >&8
      if [ -n "$tmpfs" ]; then echo "check-deb: it is a tmpfs: umount $chroot_dir && rm -r $work when done" >&8; fi
      exit $status
    fi
    if [ -n "$tmpfs" ]; then umount "$chroot_dir" 2>/dev/null || umount -l "$chroot_dir" 2>/dev/null || true; fi
    if grep -qF " $work/" /proc/mounts; then
      echo "check-deb: something is still mounted under $work; left in place" >&9
    else
      rm -rf "$work"
    fi
  fi
  exit $status
}

mount_in() {
  mkdir -p "$chroot_dir/$2"
  mount "${@:3}" "$1" "$chroot_dir/$2"
  mounts+=("$chroot_dir/$2")
}

# Root in the chroot, with a clean environment.
as_root() {
  chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# The new user, with the environment of a login and nothing of ours (no DISPLAY, no D-Bus, no keyring).
user_uid=""
as_user() {
  chroot --userspec="$user_uid:$user_uid" "$chroot_dir" /usr/bin/env -i HOME=/home/editor USER=editor \
    LOGNAME=editor SHELL=/bin/bash PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "$@"
}

# Runs a command as the user; prints its output indented; fails the step unless it exits with $1.
# The output stays in $out for the checks that follow.
out=""
run_user() {
  local want=$1
  shift
  echo "  \$ $*"
  local status=0
  out=$(as_user "$@" 2>&1) || status=$?
  # sed reads to the end (no head): under pipefail a reader that stops early fails the writer with SIGPIPE.
  if [ -n "$out" ]; then printf '%s\n' "$out" | sed -n '1,40s/^/    /p'; fi
  [ "$status" -eq "$want" ] || fail "\`$*\` exited with $status, expected $want"
}

expect_in_out() {
  printf '%s\n' "$out" | grep -F -- "$1" >/dev/null || fail "the output does not contain \"$1\""
}

# The pristine minbase chroot: from the cached tarball, or made by debootstrap and then cached.
make_chroot() {
  local tarball
  tarball="$cache/$suite-minbase-$(dpkg --print-architecture).tar"
  mkdir -p "$cache/apt-archives"
  if [ -s "$tarball" ] && [ -z "$(find "$tarball" -mtime +30)" ]; then
    step "chroot: a fresh copy of the cached pristine $suite minbase ($tarball)"
    tar -C "$chroot_dir" --numeric-owner -xf "$tarball"
  else
    step "chroot: debootstrap --variant=minbase $suite (cached afterwards in $tarball)"
    debootstrap --variant=minbase "$suite" "$chroot_dir" "$mirror" >"$work/debootstrap.log" 2>&1 ||
      { tail -n 30 "$work/debootstrap.log" >&2; fail "debootstrap failed (log above)"; }
    as_root apt-get clean
    tar -C "$chroot_dir" --numeric-owner -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
  fi
  # A Debian 12 system as installed: the point release and security updates too.
  cat >"$chroot_dir/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
  cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
  # A throw-away system need not be synced to disk after each package; what is installed stays the same.
  echo force-unsafe-io >"$chroot_dir/etc/dpkg/dpkg.cfg.d/check-deb-unsafe-io"
  mount_in proc proc -t proc
  # The downloaded .debs are kept between runs; what gets installed is still decided by apt against the mirror.
  mount_in "$cache/apt-archives" var/cache/apt/archives --bind
}

check_installed_files() {
  step "files: dpkg -L digest-studio lists the binaries, desktop entry, metainfo, icon and translation"
  as_root dpkg -L digest-studio >"$work/files"
  local f
  for f in /usr/bin/digest-studio /usr/bin/digestctl "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    /usr/share/digest-studio/translations/digest-studio_zh_CN.qm; do
    grep -qxF "$f" "$work/files" || fail "the package does not install $f"
    [ -s "$chroot_dir$f" ] || fail "$f is listed but missing or empty in the chroot"
    echo "  $f"
  done
  step "files: the desktop entry starts a program on PATH with the installed icon, and the metainfo names it"
  local desktop="$chroot_dir/usr/share/applications/$app_id.desktop"
  local exec icon
  exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  as_user sh -c "command -v '$exec'" >/dev/null || fail "Exec=$exec is not on the user's PATH"
  [ "$icon" = "$app_id" ] || fail "Icon=$icon is not the installed icon $app_id"
  grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    "$chroot_dir/usr/share/metainfo/$app_id.metainfo.xml" || fail "the metainfo does not launch $app_id.desktop"
  echo "  Exec=$exec, Icon=$icon"
}

# The man page, when the package has one (the program's build makes digestctl.1 once the command table does).
check_man_page() {
  local page
  page=$(grep -E '^/usr/share/man/man1/digestctl\.1(\.gz)?$' "$work/files" || true)
  if [ -z "$page" ]; then
    step "man page: the package has no digestctl.1 (not built by this version); skipped"
    return
  fi
  step "man page: $page reads with man, and groff -man -ww finds nothing to warn about"
  as_root apt-get install -y -qq --no-install-recommends man-db groff-base >"$work/man-apt.log" 2>&1 ||
    { tail -n 20 "$work/man-apt.log" >&2; fail "could not install man-db to read the page"; }
  run_user 0 env MANPAGER=cat MANWIDTH=80 man digestctl
  expect_in_out "digestctl"
  local warnings
  warnings=$(as_user sh -c "zcat -f '$page' | groff -man -ww -z 2>&1")
  [ -z "$warnings" ] || fail "groff -man -ww warns: $warnings"
}

# The test suite's arXiv API answer for three ids on 127.0.0.1, outside the chroot (it shares the host's network).
start_arxiv_server() {
  step "arXiv: serve tests/fixtures/arxiv/api-three.xml on 127.0.0.1"
  python3 - "$root/tests/fixtures/arxiv/api-three.xml" "$work/port" >"$work/requests" 2>&1 <<'EOF' &
import http.server, sys
body = open(sys.argv[1], 'rb').read()
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        print(self.path, flush=True)
        found = self.path.startswith('/api/query?')
        self.send_response(200 if found else 404)
        self.send_header('Content-Type', 'application/atom+xml; charset=utf-8')
        self.send_header('Content-Length', str(len(body) if found else 0))
        self.end_headers()
        if found:
            self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
with open(sys.argv[2] + '.part', 'w') as f:
    f.write(str(server.server_address[1]))
import os; os.rename(sys.argv[2] + '.part', sys.argv[2])
server.serve_forever()
EOF
  server_pid=$!
  local i
  for i in $(seq 1 50); do
    [ -s "$work/port" ] && break
    sleep 0.1
  done
  [ -s "$work/port" ] || fail "the loopback server did not start"
  arxiv_api="http://127.0.0.1:$(cat "$work/port")/api/query"
  echo "  $arxiv_api"
}

check_digestctl() {
  local lib=/home/editor/.local/share/digest-studio/library.sqlite
  step "digestctl: --version"
  run_user 0 digestctl --version

  step "digestctl new: a digest in the default SQLite library ($lib)"
  run_user 0 digestctl new 2026-11-30
  [ -s "$chroot_dir$lib" ] || fail "no library at $lib"

  step "digestctl add: three papers looked up over loopback HTTP ($arxiv_api)"
  run_user 0 digestctl --arxiv-api "$arxiv_api" --arxiv-interval-ms 0 add 2026-11-30 2210.06441 math/0611800 2301.00001
  expect_in_out "How Much Data Are Augmentations Worth?"
  expect_in_out "math/0611800v2"
  expect_in_out "2301.00001v1"
  grep -q '^/api/query?.*id_list=' "$work/requests" || fail "the server saw no id_list query"

  step "digestctl export: text and markdown of the new digest"
  run_user 0 digestctl export 2026-11-30 --format text --output /home/editor/added.txt
  grep -qF "1、[LG] How Much Data Are Augmentations Worth?" "$chroot_dir/home/editor/added.txt" ||
    fail "added.txt has no first entry heading"
  grep -qF "https://arxiv.org/abs/math/0611800" "$chroot_dir/home/editor/added.txt" || fail "added.txt misses a link"
  run_user 0 digestctl export 2026-11-30 --format markdown --output /home/editor/added.md
  grep -qF '### 1、\[LG\] How Much Data' "$chroot_dir/home/editor/added.md" || fail "added.md has no first heading"

  step "digestctl import: the exported text back as a digest of another day, exported again unchanged"
  run_user 0 digestctl import /home/editor/added.txt --date 2026-12-01
  run_user 0 digestctl export 2026-12-01 --format text --output /home/editor/again.txt
  cmp "$chroot_dir/home/editor/added.txt" "$chroot_dir/home/editor/again.txt" || fail "the round trip changed the text"

  step "digestctl import: the published sample; its text, markdown and WeChat exports match the reviewed golden files"
  mkdir -p "$chroot_dir/home/editor/in"
  cp "$root/tests/fixtures/published/digest-sample.txt" "$chroot_dir/home/editor/in/"
  as_root chown -R editor: /home/editor/in
  run_user 0 digestctl import /home/editor/in/digest-sample.txt --date 2022-10-14
  run_user 0 digestctl export 2022-10-14 --format text --output /home/editor/sample.txt
  cmp "$root/tests/fixtures/formats/sample.txt" "$chroot_dir/home/editor/sample.txt" || fail "sample.txt differs"
  run_user 0 digestctl export 2022-10-14 --format markdown --output /home/editor/sample.md
  cmp "$root/tests/fixtures/formats/sample.md" "$chroot_dir/home/editor/sample.md" || fail "sample.md differs"
  run_user 0 digestctl export 2022-10-14 --format wechat --output /home/editor/sample.html
  cmp "$root/tests/fixtures/formats/sample.classic.html" "$chroot_dir/home/editor/sample.html" ||
    fail "sample.html differs from the classic style's golden file"

  step "digestctl list: three digests with 3, 3 and 9 entries"
  run_user 0 digestctl list
  printf '%s\n' "$out" | grep -E '2026-11-30 +3( |$)' >/dev/null || fail "2026-11-30 does not have 3 entries"
  printf '%s\n' "$out" | grep -E '2026-12-01 +3( |$)' >/dev/null || fail "2026-12-01 does not have 3 entries"
  printf '%s\n' "$out" | grep -E '2022-10-14 +9( |$)' >/dev/null || fail "2022-10-14 does not have 9 entries"

  # Only the fonts the Depends bring (DejaVu): the Chinese comes out as boxes without the recommended CJK fonts.
  step "digestctl export --format image: PNGs of the published sample"
  run_user 0 digestctl export 2022-10-14 --format image --output /home/editor/images/
  local png
  png=$(find "$chroot_dir/home/editor/images" -name '*.png' | sort | sed -n '1p')
  [ -n "$png" ] || fail "no PNG written"
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
}

check_gui() {
  local log="$work/gui.log"
  step "GUI: digest-studio on the offscreen platform for 5 s (still running when stopped: exit 124)"
  echo "  \$ QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 timeout 5 digest-studio --db /tmp/gui.sqlite"
  local status=0
  as_user env QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 timeout 5 digest-studio --db /tmp/gui.sqlite \
    >"$log" 2>&1 || status=$?
  grep -iE 'loaded library' "$log" | sed 's/^/    /' || true
  [ "$status" -eq 124 ] || { tail -n 30 "$log" >&2; fail "digest-studio exited with $status before the timeout"; }
  # A missing plugin is simply not loaded (checked below); one that is there but cannot load is named here.
  # QtKeychain's "Cannot load library secret-1" is not: libsecret is only recommended, and keys then stay in memory.
  local broken='could not load the Qt platform plugin|not installed|Driver not loaded|Cannot load library /'
  if grep -qiE "$broken" "$log"; then fail "$(grep -iE "$broken" "$log" | sed -n '1,3p')"; fi
  local plugin
  for plugin in platforms/libqoffscreen sqldrivers/libqsqlite iconengines/libqsvgicon imageformats/libqsvg; do
    # Qt 5 writes `loaded library "PATH"`, Qt 6 `"PATH" loaded library`.
    grep -qiE "loaded library.*/$plugin\.so|/$plugin\.so.*loaded library" "$log" ||
      fail "the GUI did not load the plugin $plugin"
  done
  [ -s "$chroot_dir/tmp/gui.sqlite" ] || fail "the GUI made no library at /tmp/gui.sqlite"
  step "GUI: the library the GUI made opens in digestctl"
  run_user 0 digestctl --db /tmp/gui.sqlite list

  step "GUI: digest-studio --lang zh_CN --theme dark for 5 s"
  status=0
  as_user env QT_QPA_PLATFORM=offscreen timeout 5 digest-studio --db /tmp/gui.sqlite --lang zh_CN --theme dark \
    >"$log" 2>&1 || status=$?
  sed -n '1,20s/^/    | /p' "$log"
  [ "$status" -eq 124 ] || fail "digest-studio --lang zh_CN exited with $status before the timeout"
}

check_package() {
  local deb=$1
  [ -f "$deb" ] || fail "no package at $deb"
  trap cleanup EXIT
  trap 'fail "interrupted"' INT TERM HUP
  work=$(realpath "$(mktemp -d "${TMPDIR:-/var/tmp}/digest-check-deb.XXXXXX")")
  chroot_dir="$work/root"
  mkdir -p "$chroot_dir" "$cache"
  # In memory when it can be (about 600 MB once installed): a busy disk took 37 s just to delete it afterwards.
  if [ "${DIGEST_CHECK_DEB_TMPFS:-1}" = 1 ] &&
    mount -t tmpfs -o size=2g,mode=0755 check-deb "$chroot_dir" 2>/dev/null; then
    tmpfs=1
  fi
  make_chroot

  step "apt-get update in the chroot"
  as_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get update failed"; }

  step "install: apt-get install --no-install-recommends ./$(basename "$deb")"
  mkdir -p "$chroot_dir/tmp/pkg"
  cp "$deb" "$chroot_dir/tmp/pkg/"
  as_root apt-get install -y --no-install-recommends "/tmp/pkg/$(basename "$deb")" >"$work/install.log" 2>&1 ||
    { tail -n 30 "$work/install.log" >&2; fail "apt-get install failed"; }
  echo "  $(grep -cE '^Setting up ' "$work/install.log") packages set up"
  # The cached .debs keep to what the mirror still has, so the cache does not grow with every update.
  as_root apt-get autoclean -qq >/dev/null

  step "Recommends: each package named exists in $suite (and was not installed)"
  local recommends name policy
  # shellcheck disable=SC2016 # a dpkg-query format, not a shell expansion
  recommends=$(as_root dpkg-query -W -f='${Recommends}' digest-studio)
  echo "  ${recommends:-none}"
  for name in $(printf '%s' "$recommends" | sed 's/[,|]/\n/g; s/([^)]*)//g; s/ //g'); do
    # Whole answers before grep -q: under pipefail, a writer cut off by grep's early exit fails the pipe.
    policy=$(as_root apt-cache policy "$name")
    grep -q '^ *Candidate: [^(]' <<<"$policy" || fail "the recommended package $name is not in $suite"
    # shellcheck disable=SC2016 # a dpkg-query format, not a shell expansion
    if [ "$(as_root dpkg-query -W -f='${Status}' "$name" 2>/dev/null)" = "install ok installed" ]; then
      echo "  $name is installed all the same: a dependency of another package needs it"
    fi
  done

  as_root useradd --create-home --shell /bin/bash editor
  user_uid=$(as_root id -u editor)

  check_installed_files
  start_arxiv_server
  check_digestctl
  check_gui
  check_man_page
  step "done"
  echo "check-deb: $(basename "$deb") works on a clean $suite ($SECONDS s)"
}

case "${1:-}" in
  --deb)
    [ $# -eq 2 ] || fail "usage: packaging/check-deb.sh --deb FILE"
    if [ "$(id -u)" -ne 0 ]; then
      mkdir -p "$cache"
      # The cache stays the caller's (made above, so the folders are theirs); the settings go along through env.
      exec sudo env DIGEST_CHECK_DEB_SECONDS="$SECONDS" DIGEST_CHECK_DEB_CACHE="$cache" \
        DIGEST_DEBIAN_MIRROR="$mirror" DIGEST_DEBIAN_SECURITY="$security" \
        DIGEST_CHECK_DEB_KEEP="${DIGEST_CHECK_DEB_KEEP:-0}" DIGEST_CHECK_DEB_TMPFS="${DIGEST_CHECK_DEB_TMPFS:-1}" \
        TMPDIR="${TMPDIR:-/var/tmp}" \
        bash "$0" --deb "$(realpath "$2")"
    fi
    check_package "$(realpath "$2")"
    ;;
  -h | --help)
    awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
    ;;
  -*)
    fail "unknown option $1 (usage: packaging/check-deb.sh [BUILD_DIR] | --deb FILE)"
    ;;
  *)
    [ $# -le 1 ] || fail "usage: packaging/check-deb.sh [BUILD_DIR] | --deb FILE"
    build=$(realpath -m "${1:-$root/build/qt5}")
    deb=""
    build_package "$build"
    mkdir -p "$cache"
    DIGEST_CHECK_DEB_SECONDS=$SECONDS exec bash "$0" --deb "$deb"
    ;;
esac
