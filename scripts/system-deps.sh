#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Reader needs beside its Python packages, if missing:
# the libraries Qt loads at run time (OpenGL, EGL, fontconfig, xkbcommon, D-Bus, and the XCB
# libraries for a real window), a Latin fallback font, and poppler-utils (pdftotext and
# pdftoppm), with which the tests read exported PDFs back. Does nothing where all are present.
set -euo pipefail

packages=(
  libgl1 libegl1 libopengl0 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0
  fonts-dejavu-core poppler-utils
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: not a Debian system; install the equivalents of: ${missing[*]}" >&2
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "system-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
