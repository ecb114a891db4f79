#!/usr/bin/env bash
# README command 2: install what is needed, build (warnings are errors), run
# the whole test suite with ctest offscreen, then every extra CI leg in
# tools/legs/ (sanitizers, fuzzing, other toolchains), in name order.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
(
    cd "${BUILD_DIR:-build}"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"${JOBS:-2}" --timeout 600
)
for leg in tools/legs/*.sh; do
    [ -e "$leg" ] || continue
    echo "=== leg: $leg"
    bash "$leg"
done
echo "=== all tests and legs passed"
