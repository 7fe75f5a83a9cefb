#!/usr/bin/env bash
# Installs every Debian package Digest Studio needs to build, run and test (both flavours).
# Idempotent: packages already present are skipped, so a second run costs one dpkg query.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ pkg-config git clang-format file dpkg-dev ccache
  # fuzzers (libFuzzer) and the sanitizer build
  clang-14 libclang-rt-14-dev
  # Qt 6 (default flavour)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  # Qt 5.15 + KF5 (the flavour with KSyntaxHighlighting on Debian 12)
  qtbase5-dev qtbase5-dev-tools qttools5-dev qttools5-dev-tools libqt5svg5-dev qttranslations5-l10n
  libqt5sql5-sqlite libqt5sql5-psql libkf5syntaxhighlighting-dev libkf5syntaxhighlighting-tools
  # storage, spell checking, benchmarks
  postgresql postgresql-contrib libhunspell-dev hunspell hunspell-en-us libbenchmark-dev python3-feedparser
  # machine drafts and publishing: keys in the system keychain (a throw-away gnome-keyring in tests)
  qtkeychain-qt5-dev qtkeychain-qt6-dev gnome-keyring dbus libsecret-tools
  # the morning run's timer: the unit files are checked with systemd-analyze verify; tzdata for the zones
  systemd tzdata
  # suggested papers: linear models and stemming
  liblinear-dev libstemmer-dev
  # the paper itself: a PDF's first page (text and rendering) through Poppler's Qt bindings
  libpoppler-qt5-dev libpoppler-qt6-dev
  # display, fonts, screenshots, metadata validation; groff checks digestctl's man page
  xvfb xauth x11-utils imagemagick fonts-noto-cjk appstream desktop-file-utils groff
  # the clean-system package check (packaging/check-deb.sh): a Debian 12 chroot, and the loopback arXiv server
  debootstrap python3
  # the Markdown goldens rendered by the CommonMark reference implementation (fixtures-markdown-golden)
  cmark
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep 'install ok installed' >/dev/null; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: every package is installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
