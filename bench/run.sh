#!/usr/bin/env bash
# Throughput benchmark for notelint on synthetic notes.
#
#   bench/run.sh [BIN] [MB]        defaults: build/notelint (of this repo) and 100
#
# Generates MB megabytes (10^6 bytes) of JSONL notes once with bench/gen_notes.py
# into $BENCH_DIR (default ${TMPDIR:-/tmp}/notelint-bench) and reuses the file on
# later runs when the generator, size and seed are unchanged. Then measures, in
# this order:
#   cat       cat INPUT > /dev/null                       (the I/O floor)
#   -j 1      BIN check --input jsonl --format jsonl --fail-on never -j 1 INPUT > /dev/null
#   default   the same without -j (all cores)
# and prints a markdown table: wall seconds, MB/s, notes/s, peak RSS, and each
# run's throughput as a percentage of the cat floor ("vs cat").
#
# Environment:
#   SEED=N          generator seed (default 20260301)
#   REPEAT=N        run each measurement N times, report the fastest (default 1)
#   VERIFY=1        also check (untimed) that BIN prints one JSONL line per note
#   BENCH_DIR=DIR   where the generated input is kept
#   BENCH_TIME=auto|gnu|python
#                   how peak RSS is taken: GNU /usr/bin/time -v (auto: when present)
#                   or python3's resource.getrusage(RUSAGE_CHILDREN).ru_maxrss
#
# Exit status: 0 when every run exited 0; 1 when a run failed (the table still
# prints, with the exit status); 2 on a usage error.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
}

case "${1:-}" in
    -h|--help) usage; exit 0 ;;
esac

BIN="${1:-$repo/build/notelint}"
MB="${2:-100}"
SEED="${SEED:-20260301}"
REPEAT="${REPEAT:-1}"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/notelint-bench}"
BENCH_TIME="${BENCH_TIME:-auto}"

die() { echo "bench/run.sh: $*" >&2; exit 2; }

[[ "$MB" =~ ^[0-9]+([.][0-9]+)?$ ]] || die "MB must be a positive number, got '$MB'"
[[ "$SEED" =~ ^[0-9]+$ ]] || die "SEED must be a non-negative integer, got '$SEED'"
[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || die "REPEAT must be a positive integer, got '$REPEAT'"
command -v python3 >/dev/null 2>&1 || die "python3 is required (generator and timing)"

if [[ "$BIN" != */* ]]; then
    resolved="$(command -v "$BIN" 2>/dev/null || true)"
    [[ -n "$resolved" ]] || die "binary '$BIN' not found in PATH"
    BIN="$resolved"
fi
[[ -f "$BIN" && -x "$BIN" ]] || die "binary '$BIN' does not exist or is not executable (build it first, or pass BIN)"

case "$BENCH_TIME" in
    auto) if [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then BENCH_TIME=gnu; else BENCH_TIME=python; fi ;;
    gnu) [[ -x /usr/bin/time ]] || die "BENCH_TIME=gnu but /usr/bin/time is missing" ;;
    python) ;;
    *) die "BENCH_TIME must be auto, gnu or python" ;;
esac

mkdir -p "$BENCH_DIR"
input="$BENCH_DIR/notes-${MB}mb-seed${SEED}.jsonl"
stamp="$input.stamp"
gen="$here/gen_notes.py"

# ---------------------------------------------------------------------------
# Input: generate once, reuse while generator, size and seed are the same.
# ---------------------------------------------------------------------------
gen_hash="$(python3 -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest()[:16])' "$gen")"
want="gen=$gen_hash mb=$MB seed=$SEED"

reuse=0
if [[ -f "$input" && -f "$stamp" ]]; then
    read -r s_gen s_mb s_seed s_bytes s_notes < "$stamp" || true
    actual_bytes="$(wc -c < "$input" | tr -d ' ')"
    if [[ "${s_gen:-} ${s_mb:-} ${s_seed:-}" == "$want" && "${s_bytes:-}" == "bytes=$actual_bytes" ]]; then
        reuse=1
    fi
fi
if [[ $reuse -eq 0 ]]; then
    echo "bench/run.sh: generating ${MB} MB of notes (seed $SEED) into $input ..." >&2
    tmp_input="$input.tmp.$$"
    trap 'rm -f "$tmp_input"' EXIT
    python3 "$gen" --mb "$MB" --seed "$SEED" --out "$tmp_input"
    mv -f "$tmp_input" "$input"
    trap - EXIT
    bytes="$(wc -c < "$input" | tr -d ' ')"
    notes="$(wc -l < "$input" | tr -d ' ')"
    echo "$want bytes=$bytes notes=$notes" > "$stamp"
else
    echo "bench/run.sh: reusing $input" >&2
fi
read -r _ _ _ s_bytes s_notes < "$stamp"
bytes="${s_bytes#bytes=}"
notes="${s_notes#notes=}"

# ---------------------------------------------------------------------------
# Timing wrapper: wall time (perf_counter), exit status, peak RSS in KiB.
# Prints "WALL_SECONDS RSS_KIB EXIT" on stdout; the command's stdout goes to
# /dev/null, its stderr to $BENCH_STDERR.
# ---------------------------------------------------------------------------
runner="$BENCH_DIR/bench_exec.py"
cat > "$runner" <<'PY'
import os, re, resource, subprocess, sys, threading, time

mode, cmd = sys.argv[1], sys.argv[2:]
err_path = os.environ["BENCH_STDERR"]
time_path = err_path + ".time"
full = ["/usr/bin/time", "-v", "-o", time_path] + cmd if mode == "gnu" else cmd
scale = 1024 if sys.platform == "darwin" else 1  # ru_maxrss: bytes there, KiB on Linux
own_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // scale
hwm = [0]

def poll(pid, done):
    # VmHWM of the exec'd command itself (python mode only, see below)
    path = "/proc/%d/status" % pid
    while not done.is_set():
        try:
            with open(path) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        hwm[0] = max(hwm[0], int(line.split()[1]))
                        break
        except (OSError, ValueError):
            pass
        done.wait(0.005)

with open(os.devnull, "wb") as null, open(err_path, "wb") as err:
    t0 = time.perf_counter()
    p = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=null, stderr=err)
    done = threading.Event()
    th = None
    if mode != "gnu" and os.path.exists("/proc/self/status"):
        th = threading.Thread(target=poll, args=(p.pid, done), daemon=True)
        th.start()
    rc = p.wait()
    wall = time.perf_counter() - t0
    done.set()
    if th:
        th.join()
rss = 0
if mode == "gnu":
    try:
        with open(time_path) as f:
            txt = f.read()
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", txt)
        rss = int(m.group(1)) if m else 0
        m = re.search(r"Command terminated by signal (\d+)", txt)
        if m:
            rc = -int(m.group(1))
    except OSError:
        pass
else:
    # The child's ru_maxrss includes the python wrapper's own RSS, inherited at
    # fork before exec. When the command stayed below that floor, the sampled
    # VmHWM of the exec'd command is the better figure.
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // scale
    if rss <= own_kib + 1024 and hwm[0] > 0:
        rss = hwm[0]
print("%.6f %d %d" % (wall, rss, rc))
PY

errlog="$BENCH_DIR/stderr.log"
failed=0

# measure LABEL CMD... -> sets M_WALL M_RSS M_RC (fastest of REPEAT runs, max RSS)
measure() {
    local label="$1"; shift
    local i out w r c
    M_WALL=""; M_RSS=0; M_RC=0
    for ((i = 0; i < REPEAT; i++)); do
        out="$(BENCH_STDERR="$errlog.$label" python3 "$runner" "$BENCH_TIME" "$@")"
        read -r w r c <<< "$out"
        if [[ -z "$M_WALL" ]] || awk -v a="$w" -v b="$M_WALL" 'BEGIN { exit !(a < b) }'; then
            M_WALL="$w"
        fi
        if (( r > M_RSS )); then M_RSS="$r"; fi
        if [[ "$c" != 0 ]]; then
            M_RC="$c"
            failed=1
            echo "bench/run.sh: '$label' exited with status $c; last lines of its stderr:" >&2
            tail -n 5 "$errlog.$label" >&2 || true
        fi
    done
    echo "bench/run.sh: $label: ${M_WALL}s" >&2
}

# Warm the page cache so the floor and the linter runs read from memory alike.
cat "$input" > /dev/null

measure cat cat "$input"
cat_wall="$M_WALL"; cat_rss="$M_RSS"; cat_rc="$M_RC"
measure j1 "$BIN" check --input jsonl --format jsonl --fail-on never -j 1 "$input"
j1_wall="$M_WALL"; j1_rss="$M_RSS"; j1_rc="$M_RC"
measure jdefault "$BIN" check --input jsonl --format jsonl --fail-on never "$input"
jd_wall="$M_WALL"; jd_rss="$M_RSS"; jd_rc="$M_RC"

# Optional sanity check (not timed): one output line per input note.
verify_note=""
if [[ "${VERIFY:-0}" == 1 ]]; then
    out_lines="$("$BIN" check --input jsonl --format jsonl --fail-on never "$input" 2>/dev/null | wc -l | tr -d ' ')" || out_lines="?"
    if [[ "$out_lines" == "$notes" ]]; then
        verify_note="- verify: $out_lines output lines for $notes notes (ok)"
    else
        verify_note="- verify: $out_lines output lines for $notes notes (MISMATCH)"
        failed=1
    fi
fi

# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------
version="$("$BIN" --version 2>/dev/null | head -n 1)" || version=""
[[ -n "$version" ]] || version="unknown"
cores="$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"
[[ -n "$cpu" ]] || cpu="$(uname -m)"
rss_how="GNU /usr/bin/time -v"
[[ "$BENCH_TIME" == python ]] && rss_how="python3 resource.getrusage(RUSAGE_CHILDREN)"

echo "## notelint throughput"
echo
echo "- binary: \`$BIN\` ($version)"
echo "- input: \`$input\`, $bytes bytes ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB), $notes notes, seed $SEED"
echo "- machine: $cores cores, $cpu; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "- best of $REPEAT run(s); peak RSS by $rss_how; MB = 10^6 bytes"
if [[ -n "$verify_note" ]]; then echo "$verify_note"; fi
echo
echo "| run | wall s | MB/s | notes/s | peak RSS MiB | vs cat | exit |"
echo "|---|---:|---:|---:|---:|---:|---:|"
row() {
    awk -v name="$1" -v w="$2" -v rss="$3" -v rc="$4" -v bytes="$bytes" -v notes="$notes" -v cw="$cat_wall" '
        BEGIN {
            if (w <= 0) w = 1e-9
            printf "| %s | %.3f | %.1f | %.0f | %.1f | %s | %s |\n",
                name, w, bytes / 1e6 / w, notes / w, rss / 1024,
                (name ~ /^`cat/ ? "100% (floor)" : sprintf("%.2f%%", 100 * cw / w)), rc
        }'
}
row "\`cat\`" "$cat_wall" "$cat_rss" "$cat_rc"
row "notelint \`-j 1\`" "$j1_wall" "$j1_rss" "$j1_rc"
row "notelint default jobs ($cores cores)" "$jd_wall" "$jd_rss" "$jd_rc"
echo
awk -v a="$j1_wall" -v b="$jd_wall" 'BEGIN { if (b > 0) printf "Parallel speed-up (default jobs vs -j 1): %.2fx\n", a / b }'

exit "$failed"
