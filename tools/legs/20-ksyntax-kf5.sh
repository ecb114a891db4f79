#!/usr/bin/env bash
# CI leg: builds the KSyntaxHighlighting adapter (syntax/) and its tests
# against Qt 5.15 + KF5SyntaxHighlighting from Debian 12, in its own build
# tree, and runs them. Debian 12 has no KF6, so this is where the real
# engine integration is compiled and tested on every run; the Qt 6 app never
# links KF5.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${KSYNTAX_BUILD_DIR:-build-ksyntax-kf5}
cmake -S syntax -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMARGINALIA_SYNTAX_QT=5 -DMARGINALIA_WERROR=ON
cmake --build "$dir" -j"${JOBS:-2}"
# Guard: nothing in this tree may mix Qt majors.
if ldd "$dir/tst_syntaxadapter" | grep -q 'libQt6'; then
    echo "20-ksyntax-kf5: the KF5 adapter test links Qt 6" >&2
    exit 1
fi
(cd "$dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure)
# And the Qt 6 app must never load KF5 (or any Qt 5 library).
app=${BUILD_DIR:-build}/app/marginalia
if [ -x "$app" ] && ldd "$app" | grep -E -q 'libKF5|libQt5'; then
    echo "20-ksyntax-kf5: $app links KF5/Qt 5" >&2
    exit 1
fi
echo "20-ksyntax-kf5: adapter built and tested against Qt 5.15 + KF5SyntaxHighlighting"
