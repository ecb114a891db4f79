#!/usr/bin/env bash
# Configures and builds Marginalia in ./build (warnings are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
    -DMARGINALIA_WERROR=ON -DMARGINALIA_BUILD_TESTS=ON
cmake --build "$BUILD_DIR" -j"${JOBS:-2}"
