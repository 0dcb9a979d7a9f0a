#!/usr/bin/env python3
"""End-to-end checks of the built CLI: formats, exit codes, bad input never loses a note."""
import json
import os
import subprocess
import sys
import tempfile

BIN, SRC = sys.argv[1], sys.argv[2]
failures = []
checks = [0]


def run(args, stdin=None):
    p = subprocess.run([BIN] + args, input=stdin, capture_output=True, cwd=SRC)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def check(cond, what):
    checks[0] += 1
    if not cond:
        failures.append(what)


# text format: compiler style, caret, summary; exit 1 on errors
rc, out, _ = run(["check", "--color", "never", "samples/wound-sel-template.txt"])
check(rc == 1, "template sample exits 1")
check("NOT SUPPORTED" in out and "[debridement.instrument-missing]" in out and "^" in out, "text format shape")

# a supported note exits 0
rc, out, _ = run(["check", "samples/wound-sel-good.txt"])
check(rc == 0 and "SUPPORTED" in out, "good sample exits 0")

# json: one document, spans in code points, facts present
rc, out, _ = run(["check", "--format", "json", "samples/wound-sel-good.txt"])
doc = json.loads(out)
check(len(doc["notes"]) == 1 and doc["notes"][0]["supported"] is True, "json document")
check(doc["notes"][0]["facts"]["wounds"], "json facts wounds")

# jsonl input with a bad line, invalid UTF-8 and a NUL: every note has a record, in order
lines = [
    json.dumps({"id": "a", "text": "Wound care performed.", "codes": ["97597"]}),
    "{not json",
    json.dumps({"id": "c", "text": "bad\u0000byte"}),
    json.dumps({"id": "d", "text": "Right heel ulcer 2 x 1 cm."}),
]
raw = ("\n".join(lines) + "\n").encode() + b'{"id": "e", "text": "caf\xe9"}\n'
rc, out, _ = run(["check", "--input", "jsonl", "--format", "jsonl", "--fail-on", "never", "-"], stdin=raw)
recs = [json.loads(l) for l in out.splitlines()]
check([r["id"] for r in recs][0] == "a" and len(recs) == 5, "one record per input line, in order")
check(recs[1]["findings"][0]["rule"] == "input.invalid", "bad JSON line is input.invalid")
check(recs[2]["findings"][0]["rule"] == "input.invalid", "NUL byte is input.invalid")
check(recs[4]["findings"][0]["rule"] == "input.invalid", "invalid UTF-8 is input.invalid")
check(rc == 0, "--fail-on never exits 0")

# JSONL edge cases: numeric ids (also beyond 64 bits), a repeated key (the last
# counts), trailing junk, a non-object line, codes of the wrong type
lines = [
    '{"id": 12, "text": "a"}',
    '{"id": 99999999999999999999, "text": "b"}',
    '{"id": "r", "text": "first", "text": "second"}',
    '{"id": "j", "text": "ok"} junk',
    "[1, 2]",
    '{"id": "k", "text": "x", "codes": "97110"}',
    '{"id": "u", "text": "\\ud800"}',
]
rc, out, _ = run(["check", "--input", "jsonl", "--format", "jsonl", "--fail-on", "never", "-"],
                 stdin=("\n".join(lines) + "\n").encode())
recs = [json.loads(l) for l in out.splitlines()]
rules0 = [r["findings"][0]["rule"] if r["findings"] else None for r in recs]
check(len(recs) == 7, "one record per edge-case line")
check(recs[0]["id"] == "12" and recs[1]["id"] == "1e+20", "numeric ids are read")
check(rules0[2] != "input.invalid", "a repeated key is not an error")
check(rules0[3:] == ["input.invalid"] * 4, "junk, non-objects, bad codes and lone surrogates are input.invalid")

# invalid UTF-8 in a file: named with a byte offset
with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
    f.write(b"Wound 3 x 2 cm\n\xb2 test\n")
rc, out, _ = run(["check", "--format", "jsonl", f.name])
rec = json.loads(out)
check(rec["findings"][0]["rule"] == "input.invalid" and "byte 15" in rec["findings"][0]["message"], "byte offset named")
os.unlink(f.name)

# sarif and github
rc, out, _ = run(["check", "--format", "sarif", "samples/wound-sel-template.txt"])
sarif = json.loads(out)
check(sarif["version"] == "2.1.0" and sarif["runs"][0]["results"], "sarif log")
rc, out, _ = run(["check", "--format", "github", "samples/wound-sel-template.txt"])
check("::error file=samples/wound-sel-template.txt,line=" in out, "github annotations")

# usage errors exit 2
check(run(["check", "--no-such-flag"])[0] == 2, "unknown flag exits 2")
check(run(["check", "--disable", "no.such-rule", "samples"])[0] == 2, "unknown rule exits 2")
check(run(["explain", "debridement.instrument-missing"])[0] == 0, "explain works")
check(run(["codes"])[1].count("\n") >= 25, "codes lists the code book")

# context verb
rc, out, _ = run(["context"], stdin=b'{"text": "Debridement deferred today.", "target": "debridement"}\n'
                                   b'{"text": "Will debride next visit.", "target": "debride"}\n')
ctx = [json.loads(l) for l in out.splitlines()]
check(ctx[0]["negated"] and not ctx[0]["hypothetical"], "context negated")
check(ctx[1]["hypothetical"], "context hypothetical")

# context on our own labelled sentences (tests/data/context_cases.jsonl): every flag as labelled
with open(os.path.join(SRC, "tests", "data", "context_cases.jsonl"), "rb") as f:
    cases_raw = f.read()
cases = [json.loads(l) for l in cases_raw.decode("utf-8").splitlines() if l.strip()]
rc, out, _ = run(["context"], stdin=cases_raw)
got = [json.loads(l) for l in out.splitlines()]
check(rc == 0 and len(got) == len(cases), "context answers every labelled sentence")
for case, g in zip(cases, got):
    for flag in ("negated", "hypothetical", "historical"):
        check(g.get(flag) == case[flag], f"context {flag} of {case['target']!r} in {case['text']!r}")

total = checks[0]
print(f"{total - len(failures)} passed, {len(failures)} failed")
for f in failures:
    print("FAILED:", f)
sys.exit(1 if failures else 0)
