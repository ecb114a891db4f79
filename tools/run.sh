#!/usr/bin/env bash
# README command 1: install what is needed, build, and run Marginalia on the
# bundled sample corpus. Without a display it says so and runs the headless
# job instead (check and list of the sample corpus, and its annotated PDF).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
app=build/app/marginalia
sample=resources/sample-corpus

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "Starting Marginalia on the sample corpus (a copy in your data folder keeps your annotations)."
    exec "$app" "$@"
fi

echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless job instead."
echo
echo "\$ marginalia check $sample"
"$app" check "$sample"
echo
echo "\$ marginalia list $sample"
"$app" list "$sample"
echo
pdf=$PWD/build/sample-corpus.pdf
echo "\$ marginalia export $sample --pdf $pdf"
"$app" export "$sample" --pdf "$pdf"
echo "The sample corpus's annotated PDF: $pdf"
