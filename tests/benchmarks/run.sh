#!/usr/bin/env bash
# Runs every benchmark, or only the one named by $1 (e.g. "link"), from the
# build directory given as $BUILD_DIR. Each prints a final "BENCH ..." line.
set -euo pipefail
build=${BUILD_DIR:?set BUILD_DIR}
export MADOGUCHI_READER_BIN="$build/bin/madoguchi-reader"
export MADOGUCHI_PLUGIN_PATH="$build/plugins"
export QT_QPA_PLATFORM=offscreen
# Where the firmware benchmark finds the development signing key.
export MADOGUCHI_SOURCE_DIR="$(cd "$(dirname "$0")/../.." && pwd)"
status=0
found=0
for bench in "$build"/benchmarks/bench*; do
    name=$(basename "$bench")
    name=${name#bench}
    if [ -n "${1:-}" ] && [ "$1" != "$name" ]; then
        continue
    fi
    found=1
    echo "== benchmark $name"
    "$bench" || status=$?
done
if [ "$found" = 0 ]; then
    echo "no benchmark named '${1:-}'; available: $(ls "$build"/benchmarks | sed 's/^bench//' | tr '\n' ' ')" >&2
    exit 2
fi
exit $status
