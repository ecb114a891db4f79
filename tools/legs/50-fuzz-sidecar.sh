#!/usr/bin/env bash
# CI leg: build the libFuzzer target for the sidecar loader with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer, and fuzz it for a bounded
# time (FUZZ_SECONDS, default 60) from the committed seeds in tests/fuzz/corpus.
# New inputs go to a scratch folder; a crash leaves its input in build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${FUZZ_BUILD_DIR:-build-fuzz}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
    -DMARGINALIA_BUILD_FUZZ=ON -DMARGINALIA_BUILD_TESTS=OFF -DMARGINALIA_WERROR=ON >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target fuzz_sidecar
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$build"
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ./tests/fuzz/fuzz_sidecar -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 "$scratch" ../tests/fuzz/corpus
