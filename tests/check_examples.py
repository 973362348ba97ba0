#!/usr/bin/env python3
"""Check the bundled examples' index against the files (ctest `examples_index`).

resources/examples/index.json is read by the window's Examples browser, so a
typo there shows up only as a broken menu. This checks, without running any
interpreter: every entry has file/title/lesson/watch/expectsError of the right
types; the file exists and is 10-30 lines; watch lines are inside the file;
every example .py is indexed exactly once; resources.qrc bundles each of them
plus index.json; python3's results are recorded next to each example (the
conformance runner checks the engine against them: NAME.out, and NAME.rc
when it fails) and the recorded exit status agrees with expectsError.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
QRC = ROOT / "resources" / "resources.qrc"


def check_entry(entry, problems):
    types = {"file": str, "title": str, "lesson": str, "watch": list, "expectsError": bool}
    for key, kind in types.items():
        if not isinstance(entry.get(key), kind):
            problems.append(f"{entry.get('file', '?')}: '{key}' missing or not {kind.__name__}")
            return
    name = entry["file"]
    path = EXAMPLES / name
    if not path.is_file():
        problems.append(f"{name}: listed in index.json but missing")
        return
    lines = path.read_text(encoding="utf-8").splitlines()
    if not 10 <= len(lines) <= 30:
        problems.append(f"{name}: {len(lines)} lines, examples should be 10-30")
    for line in entry["watch"]:
        if not isinstance(line, int) or not 1 <= line <= len(lines):
            problems.append(f"{name}: watch line {line} is outside the file")
    if not path.with_suffix(".out").is_file():
        problems.append(f"{name}: no recorded python3 output"
                        " (run tests/regen_expected.py resources/examples)")
    rc_file = path.with_suffix(".rc")
    fails = rc_file.is_file() and rc_file.read_text().strip() != "0"
    if fails != entry["expectsError"]:
        problems.append(f"{name}: expectsError is {entry['expectsError']} but python3 "
                        f"{'fails' if fails else 'succeeds'}")


def main():
    problems = []
    index = json.loads((EXAMPLES / "index.json").read_text(encoding="utf-8"))
    if len(index) < 15:
        problems.append(f"only {len(index)} examples, issue 6 asks for at least 15")
    for entry in index:
        check_entry(entry, problems)
    indexed = [e.get("file") for e in index]
    on_disk = sorted(p.name for p in EXAMPLES.glob("*.py"))
    for name in on_disk:
        if indexed.count(name) != 1:
            problems.append(f"{name}: indexed {indexed.count(name)} times, expected once")
    qrc = QRC.read_text(encoding="utf-8")
    for name in on_disk + ["index.json"]:
        if f">examples/{name}</file>" not in qrc:
            problems.append(f"{name}: not bundled in resources/resources.qrc")
    for problem in problems:
        print("FAIL", problem)
    print(f"{len(index)} examples, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
