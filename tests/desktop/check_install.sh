#!/usr/bin/env bash
# `cmake --install` into a fresh, arbitrary prefix installs every desktop file
# and the sample corpus, and the installed binary runs from there.
set -euo pipefail
build=$1
prefix=$(mktemp -d)/some/prefix
trap 'rm -rf "$(dirname "$(dirname "$prefix")")"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
share=$prefix/share
expect=(
    "$prefix/bin/marginalia"
    "$share/applications/org.marginalia.Marginalia.desktop"
    "$share/metainfo/org.marginalia.Marginalia.metainfo.xml"
    "$share/mime/packages/org.marginalia.Marginalia.xml"
    "$share/icons/hicolor/scalable/apps/org.marginalia.Marginalia.svg"
    "$share/icons/hicolor/48x48/apps/org.marginalia.Marginalia.png"
    "$share/icons/hicolor/256x256/apps/org.marginalia.Marginalia.png"
    "$share/marginalia/sample-corpus/marginalia.json"
)
status=0
for f in "${expect[@]}"; do
    if [ ! -s "$f" ]; then
        echo "missing after install: ${f#$prefix/}"
        status=1
    fi
done
# The icon the .desktop file names is installed under that name.
icon=$(sed -n 's/^Icon=//p' "$share/applications/org.marginalia.Marginalia.desktop")
[ -e "$share/icons/hicolor/scalable/apps/$icon.svg" ] || { echo "Icon=$icon is not installed"; status=1; }
# The installed binary works from the prefix, on the installed sample corpus.
"$prefix/bin/marginalia" --version | grep -q "marginalia 0\|Marginalia\|[0-9]\.[0-9]" || { echo "--version failed"; status=1; }
"$prefix/bin/marginalia" check "$share/marginalia/sample-corpus" >/dev/null || { echo "check of the installed sample corpus failed"; status=1; }
[ $status -eq 0 ] && echo "installed $(find "$prefix" -type f | wc -l) files into $prefix"
exit $status
