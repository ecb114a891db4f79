#!/usr/bin/env bash
# Times the comparison engine and dwdiff on the same synthetic article pairs
# (5,000 and 20,000 words), pinned to one core. Reports wall and CPU time of
# Marginalia (median of runs) and dwdiff's user+system CPU time (median of
# runs; dwdiff is a separate process, so its CPU time includes start-up).
#
#   bench/compare_vs_dwdiff.sh [BUILD_DIR]   (default build-release, configured
#                                             with -DMARGINALIA_BUILD_BENCH=ON)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
bin=$build/bench/bench_compare
[ -x "$bin" ] || { echo "build $bin first (cmake -DMARGINALIA_BUILD_BENCH=ON, Release)" >&2; exit 2; }
command -v dwdiff >/dev/null || { echo "dwdiff is not installed (tools/deps/compare.txt)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for words in 5000 20000; do
    dir=$tmp/pair$words
    python3 bench/gencomparepair.py "$dir" --words "$words" --seed "$words"
    echo "== $words words"
    taskset -c 0 "$bin" "$dir/a.txt" "$dir/b.txt" 21
    # dwdiff runs diff(1) as a child: count the CPU time of the whole process tree.
    python3 - "$dir/a.txt" "$dir/b.txt" <<'PY'
import resource, subprocess, sys, time
cpu, wall = [], []
for _ in range(11):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(["taskset", "-c", "0", "dwdiff", sys.argv[1], sys.argv[2]], stdout=subprocess.DEVNULL)
    wall.append((time.perf_counter() - t0) * 1000)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
cpu.sort(); wall.sort()
print("dwdiff: median %.1f ms, min %.1f ms over 11 runs; CPU time median %.1f ms, min %.1f ms" % (wall[5], wall[0], cpu[5], cpu[0]))
PY
done
