#!/usr/bin/env bash
# Installs the Debian 12 packages Marginalia needs to build, test and run.
# Run as root (or with sudo). Skips apt entirely when everything is present.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkgconf
    # Qt 6 (6.4 on Debian 12): Core, Gui, Widgets, Test; platform plugins
    qt6-base-dev qt6-base-dev-tools libgl-dev qt6-qpa-plugins
    # fonts that cover Latin and Arabic, so text and screenshots render
    fonts-dejavu-core fonts-noto-core
    # GUI runs on headless machines, screenshots
    xvfb xauth imagemagick
    # JSON Schema check of the sidecar format in the test suite
    python3 python3-jsonschema
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else
        echo "install-deps: missing packages (${missing[*]}); run this script as root" >&2
        exit 1
    fi
else
    SUDO=
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
