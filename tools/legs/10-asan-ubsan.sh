#!/usr/bin/env bash
# CI leg: the whole ctest suite built with AddressSanitizer and
# UndefinedBehaviorSanitizer (gcc, -O1, line tables only: -g1 keeps stack
# traces readable and links far faster than -g) in its own build folder. Any report
# fails the run (UBSan does not recover). Leak checking is on; the
# suppressions file lists leaks inside system libraries only.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${ASAN_BUILD_DIR:-build-asan}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="-O1 -g1 -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DMARGINALIA_WERROR=ON >/dev/null
cmake --build "$build" -j"${JOBS:-2}"
cd "$build"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/../tools/legs/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"${JOBS:-2}" --timeout 600
