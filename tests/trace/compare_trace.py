#!/usr/bin/env python3
"""compare_trace.py YIELDSCOPE PROGRAM.py — the engine's steps must be CPython's.

Runs `YIELDSCOPE trace PROGRAM.py` and compares its (event, func, line)
sequence, without the closing `end` step, with PROGRAM.events, which
regen.sh produced from real CPython 3.11 (sys.settrace).
Prints the first difference and exits 1 when they differ.
"""
import json
import subprocess
import sys
from pathlib import Path


def main():
    engine, program = str(Path(sys.argv[1]).resolve()), Path(sys.argv[2]).resolve()
    expected = program.with_suffix(".events").read_text().splitlines()
    run = subprocess.run([engine, "trace", program.name], cwd=program.parent,
                         capture_output=True, text=True, timeout=120)
    got = []
    for line in run.stdout.splitlines():
        step = json.loads(line)
        if step["event"] != "end":
            got.append(f'{step["event"]} {step["func"]} {step["line"]}')
    for i, (want, have) in enumerate(zip(expected, got)):
        if want != have:
            print(f"step {i}: CPython gives '{want}', yieldscope gives '{have}'")
            context = max(0, i - 3)
            print("CPython:   ", expected[context:i + 3])
            print("yieldscope:", got[context:i + 3])
            return 1
    if len(expected) != len(got):
        print(f"CPython has {len(expected)} steps, yieldscope {len(got)}")
        print("stderr:", run.stderr[-2000:])
        return 1
    print(f"{program.name}: {len(got)} steps match CPython")
    return 0


if __name__ == "__main__":
    sys.exit(main())
