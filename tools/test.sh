#!/usr/bin/env bash
# README command 2: install what is needed, build (warnings are errors) and
# run the whole test suite with ctest, offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
cd "${BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"${JOBS:-2}" --timeout 600
