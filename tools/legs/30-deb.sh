#!/usr/bin/env bash
# CI leg: builds the .deb with CPack from the main build, checks its
# metadata, installs it with apt, runs the installed `marginalia --version`
# and a headless `marginalia check` on the installed sample corpus, then
# removes the package again.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
out=$(mktemp -d)
installed=no
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
apt_get() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q -y "$@"; }
cleanup() {
    if [ "$installed" = yes ]; then
        apt_get purge marginalia >/dev/null || true
    fi
    rm -rf "$out"
}
trap cleanup EXIT

if dpkg-query -W -f='${Status}' marginalia 2>/dev/null | grep -q "install ok installed"; then
    echo "30-deb: a marginalia package is already installed here; this leg installs and removes its own" >&2
    exit 1
fi

(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/marginalia_*.deb)
echo "30-deb: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "30-deb: Depends: $depends"
for need in libqt6core6 libqt6gui6 libqt6widgets6 qt6-qpa-plugins libc6; do
    grep -q "$need" <<<"$depends" || { echo "30-deb: Depends lacks $need" >&2; exit 1; }
done
if grep -E -q 'libqt5|libkf5' <<<"$depends"; then
    echo "30-deb: the package depends on Qt 5/KF5" >&2
    exit 1
fi
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/marginalia ./usr/share/applications/org.marginalia.Marginalia.desktop \
         ./usr/share/metainfo/org.marginalia.Marginalia.metainfo.xml \
         ./usr/share/mime/packages/org.marginalia.Marginalia.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.marginalia.Marginalia.svg \
         ./usr/share/marginalia/sample-corpus/marginalia.json; do
    grep -q " $f\$" <<<"$contents" || { echo "30-deb: the package lacks $f" >&2; exit 1; }
done

installed=yes
apt_get install "$deb" >/dev/null
echo "30-deb: installed; running the installed binary"
/usr/bin/marginalia --version
/usr/bin/marginalia check /usr/share/marginalia/sample-corpus
# The MIME type is registered by the package's trigger.
if command -v xdg-mime >/dev/null; then
    echo "30-deb: sidecar MIME type: $(xdg-mime query filetype /usr/share/marginalia/sample-corpus/marginalia.json)"
fi

apt_get purge marginalia >/dev/null
installed=no
if [ -e /usr/bin/marginalia ]; then
    echo "30-deb: /usr/bin/marginalia is still there after removal" >&2
    exit 1
fi
echo "30-deb: package built, installed, run and removed"
