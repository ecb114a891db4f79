#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from the SVG (librsvg2-bin).
# The PNGs are committed so that building needs no SVG renderer; run this
# after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 32 48 64 128 256; do
    rsvg-convert -w $size -h $size org.marginalia.Marginalia.svg -o hicolor-${size}.png
done
