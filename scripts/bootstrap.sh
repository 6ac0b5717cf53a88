#!/usr/bin/env bash
# Make this checkout ready: the Debian libraries Qt needs (when we are root on Debian and they
# are missing), then .venv with Briefcase and its test tools. Safe to run again: fast when done.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  # Qt's offscreen and xcb platforms (measured: without these Qt aborts at start)
  libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  # the window's fonts, and DejaVu Serif for the tests of a chosen --font (the PDF's own
  # fonts ship in resources/fonts/)
  fonts-dejavu-core fonts-dejavu-extra
  # pdftoppm/pdftotext: the tests look at exported PDFs; Xvfb: screenshots of a real window
  poppler-utils xvfb xauth
)

if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  missing=()
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -qq --upgrade pip
  .venv/bin/python -m pip install -qq -e '.[test]'
  rm -f .venv/.installed-* && touch "$stamp"
fi
