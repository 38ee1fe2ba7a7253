#!/usr/bin/env bash
# Everything Dossier needs on a fresh Debian machine: the system packages (Tesseract
# with English and Korean, Chromium for the browser tests, a CJK font so Korean
# renders), a virtualenv in .venv, and the package with its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."

# libicu-dev and pkg-config: PyICU (needed by followthemoney) builds from source.
packages=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor chromium fonts-noto-cjk libicu-dev pkg-config)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
if [ "${DOSSIER_BENCH:-0}" = 1 ]; then .venv/bin/python -m pip install -q -e ".[bench]"; fi
