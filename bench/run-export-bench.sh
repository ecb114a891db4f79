#!/usr/bin/env bash
# The export benchmark (docs/performance.md, "Export"): a 100-page annotated
# PDF made by Marginalia, beside LibreOffice's headless conversion of the same
# highlighted text as HTML (made by Marginalia's HTML export) to PDF.
# Needs bench/setup-bench.sh (LibreOffice) and hyperfine; builds build-release.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-release}
RUNS=${RUNS:-5}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMARGINALIA_BUILD_BENCH=ON \
    -DMARGINALIA_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD_DIR" -j2 --target bench_export >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One article of ~36,000 words with 1,000 coded spans: about 100 A4 pages.
python3 bench/gencorpus.py "$work/corpus" --documents 1 --annotations 1000 --words 36000 >/dev/null
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bench/bench_export" "$work/corpus" "$RUNS" "$work/export.html"
if command -v soffice >/dev/null; then
    mkdir -p "$work/lo" "$work/lo-profile"
    # A warm-up run creates LibreOffice's profile, so it is not timed.
    soffice -env:UserInstallation=file://$work/lo-profile --headless --convert-to pdf --outdir "$work/lo" \
        "$work/export.html" >/dev/null 2>&1
    hyperfine --runs "$RUNS" --style basic \
        "soffice -env:UserInstallation=file://$work/lo-profile --headless --convert-to pdf --outdir $work/lo $work/export.html"
    echo "LibreOffice PDF: $(pdfinfo "$work/lo/export.pdf" | grep Pages)"
else
    echo "LibreOffice is not installed (bench/setup-bench.sh): no comparison"
fi
