#!/usr/bin/env bash
# `marginalia list CORPUS_DIR --json` on a mixed-format corpus: without the
# import cache, cold (cache removed, then written), and warm (cache used).
# Wall time, CPU time and peak memory from /usr/bin/time, RUNS runs each.
#
#   python3 bench/genmixed.py /tmp/mixed10k          # 10,000 articles, ~55 MB
#   bench/run-import-bench.sh /tmp/mixed10k [BUILD_DIR]
#
# The cache only takes files whose times are two seconds older than the scan
# (see docs/architecture.md#import-cache): generate the corpus, then wait a
# moment before the first run. The script removes CORPUS_DIR/.marginalia-cache.
set -euo pipefail
corpus=${1:?usage: run-import-bench.sh CORPUS_DIR [BUILD_DIR]}
build=${2:-build}
runs=${RUNS:-3}
cd "$(dirname "$0")/.."
bin="$build/app/marginalia"
out=$(mktemp)
trap 'rm -f "$out" "$out.time"' EXIT

echo "== corpus: $(find "$corpus" -type f -not -path '*/.*' | wc -l) files, $(du -s --apparent-size -B1 --exclude=.marginalia-cache "$corpus" | cut -f1) bytes"
echo "== $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # label, arguments...
    local label=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o "$out.time" "$bin" list "$corpus" --json "$@" >"$out" 2>/dev/null
    read -r wall user sys rss <"$out.time"
    printf '%-9s wall %5.2f s  CPU %5.2f s (user %5.2f, sys %4.2f)  peak RSS %4d MB  load %s  output %s\n' \
        "$label" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$((rss / 1024))" \
        "$(cut -d' ' -f1 /proc/loadavg)" "$(sha256sum "$out" | cut -c1-12)"
}

for _ in $(seq "$runs"); do run no-cache --no-cache; done
for _ in $(seq "$runs"); do
    rm -rf "$corpus/.marginalia-cache"
    run cold
done
for _ in $(seq "$runs"); do run warm; done
