#!/usr/bin/env bash
# CI leg: libFuzzer + ASan/UBSan on the article importers (issue 7).
# Builds tests/fuzz-import with clang in build-fuzz-import, then runs each
# target for FUZZ_SECONDS (default 30) from the committed seeds. New inputs go
# to a temporary folder, never into the repository. Fails on any crash, leak,
# sanitizer report or timeout.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${FUZZ_IMPORT_BUILD_DIR:-build-fuzz-import}
SECONDS_EACH=${FUZZ_SECONDS:-30}
cmake -S tests/fuzz-import -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$BUILD" -j"${JOBS:-2}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
for pair in fuzz_html:html fuzz_zip:zip fuzz_encoding:encoding; do
    target=${pair%%:*}
    seeds=${pair##*:}
    mkdir -p "$work/$target"
    cp tests/fuzz-import/seeds/"$seeds"/* "$work/$target/"
    echo "--- $target: ${SECONDS_EACH}s"
    status=0
    (cd "$work" && "$OLDPWD/$BUILD/$target" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 "$work/$target" >"$work/$target.log" 2>&1) || status=$?
    tail -n 40 "$work/$target.log" | grep -v '^"' | tail -n 25
    if [ "$status" -ne 0 ]; then
        echo "fuzz leg: $target failed (see above; the crashing input is in $work)" >&2
        trap - EXIT
        exit 1
    fi
done
echo "fuzz leg: importers survived ${SECONDS_EACH}s each"
