#!/usr/bin/env bash
# Corpus-wide search: Marginalia's in-memory search (bench_search) against
# ripgrep on the same files, same queries; medians of RUNS runs each.
#
#   bench/gencorpus.py /tmp/search-corpus --documents 10000 --annotations 0 --words 650   # ~50 MB
#   bench/run_search_bench.sh /tmp/search-corpus [build-release]
#
# ripgrep comes from tools/deps/bench.txt. `rg -c` reads the files from disk
# (page cache, after a warm-up run); Marginalia searches texts it already
# holds in memory (the corpus is open in the app), so the comparison is the
# analyst's wait in each tool, not the same work.
set -euo pipefail
corpus=${1:?usage: run_search_bench.sh CORPUS_DIR [BUILD_DIR]}
build=${2:-build-release}
runs=${RUNS:-5}
cd "$(dirname "$0")/.."

echo "== corpus: $(find "$corpus" -name '*.txt' | wc -l) articles, $(find "$corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1) bytes"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== marginalia (bench_search)"
"$build/bench/bench_search" "$corpus" "$runs"

median_ms() { # command... -> median wall time in ms of $runs runs
    local times=()
    "$@" >/dev/null 2>&1 || true # warm-up (page cache)
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

echo "== ripgrep $(rg --version | head -1 | cut -d' ' -f2) (rg -c, --glob '*.txt')"
rgq() { rg -c --glob '*.txt' "$@" "$corpus"; }
printf 'plain, case-sensitive "inquiry": median %s ms\n' "$(median_ms rgq -F inquiry)"
printf 'plain, ignoring case "inquiry": median %s ms\n' "$(median_ms rgq -F -i inquiry)"
printf 'plain, whole word, case-sensitive "fare": median %s ms\n' "$(median_ms rgq -F -w fare)"
printf 'rare phrase "minister inquiry funding": median %s ms\n' "$(median_ms rgq -F 'minister inquiry funding')"
printf 'regex "fare|budget": median %s ms\n' "$(median_ms rgq 'fare|budget')"
printf 'regex, ignoring case, whole word "harbou?r": median %s ms\n' "$(median_ms rgq -i -w 'harbou?r')"
