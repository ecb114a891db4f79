#!/usr/bin/env bash
# Makes docs/screenshot.png: the real app under Xvfb on a fresh copy of the
# sample corpus, so the README's picture stays true. Needs a built app.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${APP:-$PWD/build/app/marginalia}
out=${1:-docs/screenshot.png}
doc=${DOCUMENT:-Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r resources/sample-corpus "$work/corpus"
mkdir -p "$work/home"

HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0" "$1" --document "$2" -platform xcb &
    pid=$!
    sleep "${SCREENSHOT_DELAY:-4}"
    import -window root "$3"
    kill $pid
    wait $pid 2>/dev/null || true
' "$app" "$work/corpus" "$doc" "$work/shot.png"
mkdir -p "$(dirname "$out")"
cp "$work/shot.png" "$out"
echo "wrote $out"
