#!/usr/bin/env bash
# Fresh machine to first result: install what is missing, build, lint samples/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
./build/notelint check samples/ --fail-on never
