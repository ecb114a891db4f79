#!/usr/bin/env bash
# Sidecar load and save against `jq . FILE` on the same file (the durability
# issue's benchmark): bench_corpus gives Marginalia's medians, hyperfine jq's,
# and the ratios are printed at the end.
#
#   bench/gencorpus.py /tmp/i4bench --documents 1000 --annotations 100000   # ~60 MB sidecar
#   bench/sidecar_vs_jq.sh /tmp/i4bench [build-release] [runs]
#
# jq and hyperfine come from tools/deps/bench.txt. `jq . FILE` parses the
# whole file and prints it again, indented: the same two directions as a
# load and a save, without validation, hashing, backups or fsync. The file
# is in the page cache for both (hyperfine runs a warm-up first).
# SIDECAR_ONLY=1 skips timing Corpus::open and Corpus::save. SETTLE_MS
# (default 2000, as long as autosave waits after a change) is an untimed
# pause before each load and save, so that each starts on a settled
# machine, not while the kernel still writes back and frees the 120 MB the
# save before left; SETTLE_MS=0 times them back to back. BASELINE=1 also
# times the QJsonDocument codec the reader and writer replaced, in the same
# process before each load and save; its gigabytes of allocations change
# what the next save costs (see docs/performance.md), so it is off by default.
set -euo pipefail
corpus=${1:?usage: bench/sidecar_vs_jq.sh CORPUS_DIR [BUILD_DIR] [RUNS]}
build=${2:-build-release}
runs=${3:-5}
file="$corpus/marginalia.json"
[ -f "$file" ] || { echo "no $file" >&2; exit 2; }

echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
marginalia=$("$build/bench/bench_corpus" "$corpus" "$runs" ${BASELINE:+--baseline} ${SIDECAR_ONLY:+--sidecar-only} --settle "${SETTLE_MS:-2000}")
echo "$marginalia"

echo
echo "== jq $(jq --version) on the same file"
json=$(mktemp)
trap 'rm -f "$json"' EXIT
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$json" "jq . '$file' > /dev/null"
jq_wall=$(jq '.results[0].median * 1000' "$json")
jq_cpu=$(jq '(.results[0].user + .results[0].system) * 1000' "$json")

# A step's median wall (and CPU) time from bench_corpus's table.
step() { # label -> "wall cpu"
    printf '%s\n' "$marginalia" | awk -v label="$1" 'index($0, "  " label " ") == 1 { print $(NF-1), $NF; exit }'
}
read -r load_wall load_cpu < <(step "SidecarStore::load (total)")
read -r save_wall save_cpu < <(step "SidecarStore::save (total, with fsync)")

echo
echo "== Marginalia against jq . FILE (median ms; ratio = Marginalia / jq)"
awk -v jw="$jq_wall" -v jc="$jq_cpu" -v lw="$load_wall" -v lc="$load_cpu" -v sw="$save_wall" -v sc="$save_cpu" 'BEGIN {
    printf "%-40s %9s %9s %11s %10s\n", "", "wall", "CPU", "wall ratio", "CPU ratio"
    printf "%-40s %9.1f %9.1f %11s %10s\n", "jq . FILE > /dev/null", jw, jc, "1", "1"
    printf "%-40s %9.1f %9.1f %11.2f %10.2f\n", "SidecarStore::load", lw, lc, lw / jw, lc / jc
    printf "%-40s %9.1f %9.1f %11.2f %10.2f\n", "SidecarStore::save (with both fsyncs)", sw, sc, sw / jw, sc / jc
    printf "%-40s %9.1f %9.1f %11.2f %10.2f\n", "load + save", lw + sw, lc + sc, (lw + sw) / jw, (lc + sc) / jc
}'
