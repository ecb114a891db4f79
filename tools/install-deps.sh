#!/usr/bin/env bash
# Installs the Debian 12 packages Marginalia needs to build, test and run:
# every package named in tools/deps/*.txt (one per line, '#' comments).
# Run as root (or with sudo). Skips apt entirely when everything is present.
set -euo pipefail
cd "$(dirname "$0")"

mapfile -t packages < <(cat deps/*.txt | sed -e 's/#.*//' -e 's/[[:space:]]//g' | grep -v '^$' | sort -u)

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
# Wait for another apt run (unattended upgrades, a parallel job) instead of failing at once.
lock=(-o DPkg::Lock::Timeout=600)
$SUDO apt-get "${lock[@]}" update -q
$SUDO apt-get "${lock[@]}" install -y -q --no-install-recommends "${missing[@]}"
