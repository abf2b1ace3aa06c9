#!/usr/bin/env bash
# Screenshots of the console for docs/screenshots, in Japanese and English,
# taken from a real window under Xvfb (no window manager, so no frame).
# Two emulated readers: EMU-0001 running, EMU-0002 stopped.
set -euo pipefail
build=${BUILD_DIR:?set BUILD_DIR}
out=$(cd "$(dirname "$0")/.." && pwd)/docs/screenshots
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=xcb

# First run: the emulated readers make their identities and are registered.
QT_QPA_PLATFORM=offscreen timeout 5 "$build/bin/madoguchi" --emulate 2 --data-dir "$data" --discovery-port 0 \
    > /dev/null 2>&1 || true
# Leave EMU-0001 in 稼働中 for the picture, as if the manager had started it.
sed -i 's/"state": "stopped"/"state": "running"/' "$data/emulated/EMU-0001/state.json"

for lang in ja en; do
    xvfb-run -a -s "-screen 0 1100x700x24" sh -c "
        '$build/bin/madoguchi' --emulate 2 --data-dir '$data' --discovery-port 0 --lang $lang > /dev/null 2>&1 &
        app=\$!
        sleep 4
        import -window root '$out/console-$lang.png'
        kill \$app"
    echo "wrote $out/console-$lang.png"
done

# The mirror grid: eight emulated readers playing the demo flow, one step
# apart, so that the PIN pad (masked) and the camera screen are among them.
for lang in ja en; do
    mirror_data=$(mktemp -d)
    xvfb-run -a -s "-screen 0 1100x700x24" sh -c "
        '$build/bin/madoguchi' --emulate 8 --demo --page mirror --data-dir '$mirror_data' --discovery-port 0 \
            --lang $lang > /dev/null 2>&1 &
        app=\$!
        sleep 6
        import -window root '$out/mirror-$lang.png'
        kill \$app"
    rm -rf "$mirror_data"
    echo "wrote $out/mirror-$lang.png"
done
