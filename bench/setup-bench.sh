#!/usr/bin/env bash
# Bench-only packages (large, so not in tools/deps): LibreOffice Writer without
# the GUI, used by bench/run-export-bench.sh as the reference for the export
# benchmark. Run as root on Debian 12.
set -euo pipefail
if command -v soffice >/dev/null || command -v libreoffice >/dev/null; then
    echo "setup-bench: LibreOffice is installed"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q --no-install-recommends libreoffice-writer-nogui
