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
QT_QPA_PLATFORM=offscreen timeout 5 "$build/bin/madoguchi" --no-wizard --emulate 2 --data-dir "$data" --discovery-port 0 \
    > /dev/null 2>&1 || true
# Leave EMU-0001 in 稼働中 for the picture, as if the manager had started it.
sed -i 's/"state": "stopped"/"state": "running"/' "$data/emulated/EMU-0001/state.json"

for lang in ja en; do
    xvfb-run -a -s "-screen 0 1400x800x24" sh -c "
        '$build/bin/madoguchi' --no-wizard --emulate 2 --data-dir '$data' --discovery-port 0 --lang $lang > /dev/null 2>&1 &
        app=\$!
        sleep 4
        import -window root -trim +repage '$out/console-$lang.png'
        kill \$app"
    echo "wrote $out/console-$lang.png"
done

# The mirror grid: eight emulated readers playing the demo flow, one step
# apart, so that the PIN pad (masked) and the camera screen are among them.
for lang in ja en; do
    mirror_data=$(mktemp -d)
    xvfb-run -a -s "-screen 0 1400x800x24" sh -c "
        '$build/bin/madoguchi' --no-wizard --emulate 8 --demo --page mirror --data-dir '$mirror_data' --discovery-port 0 \
            --lang $lang > /dev/null 2>&1 &
        app=\$!
        sleep 6
        import -window root -trim +repage '$out/mirror-$lang.png'
        kill \$app"
    rm -rf "$mirror_data"
    echo "wrote $out/mirror-$lang.png"
done

# ログイン名管理, 画面メッセージ登録 and 設定 with the two emulated readers of the
# first picture; passwords would go to the encrypted file (no keychain here).
for page in registration messages settings; do
    for lang in ja en; do
        xvfb-run -a -s "-screen 0 1400x800x24" sh -c "
            '$build/bin/madoguchi' --no-wizard --emulate 2 --data-dir '$data' --discovery-port 0 --secrets file \
                --page $page --lang $lang > /dev/null 2>&1 &
            app=\$!
            sleep 5
            import -window root -trim +repage '$out/$page-$lang.png'
            kill \$app"
        echo "wrote $out/$page-$lang.png"
    done
done

# The log viewer searching for a two-character word (認証), and the charts,
# over a week of sample checks.
for lang in ja en; do
    logs_data=$(mktemp -d)
    xvfb-run -a -s "-screen 0 1400x800x24" sh -c "
        '$build/bin/madoguchi' --no-wizard --emulate 2 --seed-demo-logs --page logs --data-dir '$logs_data' \
            --discovery-port 0 --lang $lang > /dev/null 2>&1 &
        app=\$!
        sleep 6
        xdotool mousemove 600 84 click 1
        sleep 1
        xdotool type --delay 150 '認証'
        sleep 3
        import -window root -trim +repage '$out/logs-$lang.png'
        kill \$app
        wait \$app
        '$build/bin/madoguchi' --no-wizard --emulate 2 --page charts --data-dir '$logs_data' \
            --discovery-port 0 --lang $lang > /dev/null 2>&1 &
        app=\$!
        sleep 6
        import -window root -trim +repage '$out/charts-$lang.png'
        kill \$app"
    rm -rf "$logs_data"
    echo "wrote $out/logs-$lang.png and $out/charts-$lang.png"
done

# エラーコード一覧 searched as a clinic would: a word off the screen.
for lang in ja en; do
    term=$([ $lang = ja ] && echo 'タイムアウト' || echo 'time')
    xvfb-run -a -s "-screen 0 1400x800x24" sh -c "
        '$build/bin/madoguchi' --no-wizard --emulate 2 --data-dir '$data' --discovery-port 0 --page catalogue \
            --lang $lang > /dev/null 2>&1 &
        app=\$!
        sleep 5
        xdotool mousemove 700 76 click 1
        sleep 1
        xdotool type --delay 150 '$term'
        sleep 2
        import -window root -trim +repage '$out/catalogue-$lang.png'
        kill \$app"
    echo "wrote $out/catalogue-$lang.png"
done

# トラブルシューティング: a symptom searched and its guide started.
for lang in ja en; do
    term=$([ $lang = ja ] && echo '接続を待って' || echo 'waiting')
    xvfb-run -a -s "-screen 0 1400x800x24" sh -c "
        '$build/bin/madoguchi' --no-wizard --emulate 2 --data-dir '$data' --discovery-port 0 --page troubleshooting \
            --lang $lang > /dev/null 2>&1 &
        app=\$!
        sleep 5
        xdotool mousemove 380 52 click 1
        sleep 1
        xdotool type --delay 150 '$term'
        sleep 1
        xdotool mousemove 380 626 click 1
        sleep 2
        import -window root -trim +repage '$out/troubleshooting-$lang.png'
        kill \$app"
    echo "wrote $out/troubleshooting-$lang.png"
done

# ソフトウェア更新 mid-rollout: the page's widget test rolls a bundle out over
# three emulated readers and saves the window once a third of it is done.
for lang in ja en; do
    QT_QPA_PLATFORM=offscreen MADOGUCHI_PLUGIN_PATH="$build/plugins" \
        MADOGUCHI_SOURCE_DIR="$(dirname "$out")/.." MADOGUCHI_SCREENSHOT_DIR="$out" MADOGUCHI_SCREENSHOT_LANG=$lang \
        "$build/tests/testfirmwarepage" rolloutUpdatesEveryReaderKeepingOneRunning > /dev/null
    echo "wrote $out/firmware-$lang.png"
done

# 導入ウィザード: its widget test walks the wizard with two emulated readers and
# saves every step (onboarding-NN-<step>-<lang>.png).
for lang in ja en; do
    QT_QPA_PLATFORM=offscreen MADOGUCHI_PLUGIN_PATH="$build/plugins" \
        MADOGUCHI_SOURCE_DIR="$(dirname "$out")/.." MADOGUCHI_SCREENSHOT_DIR="$out" MADOGUCHI_SCREENSHOT_LANG=$lang \
        "$build/tests/testonboardingwizard" walksFromTheChecksToTheRecord > /dev/null
    echo "wrote $out/onboarding-*-$lang.png"
done

# トレーニング: the page's widget test turns the training mode on over two
# emulated readers, sets practice faults and saves the window with its banner.
for lang in ja en; do
    QT_QPA_PLATFORM=offscreen MADOGUCHI_PLUGIN_PATH="$build/plugins" \
        MADOGUCHI_SOURCE_DIR="$(dirname "$out")/.." MADOGUCHI_SCREENSHOT_DIR="$out" MADOGUCHI_SCREENSHOT_LANG=$lang \
        "$build/tests/testtrainingpage" > /dev/null
    echo "wrote $out/training-$lang.png"
done
