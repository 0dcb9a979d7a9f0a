#!/usr/bin/env bash
# What the therapy detectors cost: instructions per note (callgrind, repeatable)
# with all lexicons, and with the therapy lexicons and templates removed, on the
# same 1 MB of generated notes; start-up is measured on empty input and subtracted.
# Usage: bench/therapy_cost.sh [BIN]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
bin="${1:-$root/build/notelint}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/gen_notes.py" --mb 1 --out "$work/notes.jsonl" >/dev/null
mkdir -p "$work/data"
cp -r "$root/lexicons" "$root/templates" "$work/data/"
rm -f "$work"/data/lexicons/{services,therapy_content,skill,goal,capacity,untimed,minutes_labels}.txt "$work/data/templates/therapy.txt"
count() {  # data-dir input -> instructions
  NOTELINT_DATA_DIR="$1" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$bin" check --input jsonl --format jsonl --fail-on never -j 1 "$2" 2>&1 >/dev/null |
    sed -n 's/.*I *refs: *//p' | tr -d ,
}
with=$(( $(count "$root" "$work/notes.jsonl") - $(count "$root" /dev/null) ))
without=$(( $(count "$work/data" "$work/notes.jsonl") - $(count "$work/data" /dev/null) ))
python3 - "$with" "$without" <<'PY'
import sys
w, wo = int(sys.argv[1]), int(sys.argv[2])
print(f"instructions for 1 MB of notes: with therapy detectors {w:,}, without {wo:,}")
print(f"throughput with therapy detectors: {wo / w:.2f} of without ({(1 - wo / w) * 100:.0f}% lower)")
PY
