#!/usr/bin/env bash
# Installs the Debian 12 packages that are missing (apt-get, as root or through sudo), then
# configures and builds Minutier with a CMake preset (default: dev).
#   scripts/setup.sh [dev|release|asan|ci]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}

mapfile -t wanted < <(grep -v '^#' scripts/packages.txt | sed '/^\s*$/d')
missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "== installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! $sudo apt-get install -y --no-install-recommends "${missing[@]}"; then
        $sudo apt-get update
        $sudo apt-get install -y --no-install-recommends "${missing[@]}"
    fi
fi

echo "== configuring and building (preset $preset)"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
