#!/usr/bin/env bash
# Installs the Debian packages notelint builds with, when any is missing.
set -euo pipefail
pkgs=(build-essential cmake pkg-config libre2-dev libicu-dev libboost-program-options-dev doctest-dev nlohmann-json3-dev libsimdjson-dev libmimalloc-dev wamerican python3)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
