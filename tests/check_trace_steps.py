#!/usr/bin/env python3
"""check_trace_steps.py YIELDSCOPE [--windows K] [--every N] PATH...

For each program (PATH may be a file or a folder of .py files), compares
`yieldscope trace --locals --steps A:B` with rows A..B of the full
`yieldscope trace --locals`, for K random windows (seeded by the file name, so
a failure repeats). The full trace runs the program straight through; the
window is reached by a debugger session jumping to A (from a checkpoint) and
stepping to B. They must agree: a step shows the same however it was reached.

--every N checks every Nth program only (ctest runs a sample; the script
scripts/check-trace-steps.sh runs them all). Exit status 1 on any difference.
"""
import random
import subprocess
import sys
from pathlib import Path

MAX_STEPS = "20000"


def trace(yieldscope, program, *extra):
    result = subprocess.run([yieldscope, "trace", str(program), "--locals", "--max-steps", MAX_STEPS, *extra],
                            cwd=program.parent, capture_output=True, timeout=300)
    return result.stdout.decode("utf-8", "replace").splitlines()


def check(yieldscope, program, windows):
    full = trace(yieldscope, program)
    if not full:
        return True, "no steps"
    rng = random.Random(program.name)
    for _ in range(windows):
        a = rng.randrange(len(full))
        b = min(len(full) - 1, a + rng.randrange(1, 40))
        part = trace(yieldscope, program, "--steps", f"{a}:{b}")
        if part != full[a:b + 1]:
            for k, (want, got) in enumerate(zip(full[a:b + 1], part)):
                if want != got:
                    return False, f"steps {a}:{b}, first difference at step {a + k}:\n  full:   {want}\n  window: {got}"
            return False, f"steps {a}:{b}: {len(part)} rows, expected {b - a + 1}"
    return True, f"{len(full)} steps"


def main():
    args = sys.argv[1:]
    windows, every = 3, 1
    if "--windows" in args:
        i = args.index("--windows")
        windows = int(args[i + 1])
        del args[i:i + 2]
    if "--every" in args:
        i = args.index("--every")
        every = int(args[i + 1])
        del args[i:i + 2]
    yieldscope, paths = args[0], args[1:]
    programs = []
    for p in map(Path, paths):
        programs += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    programs = [p for p in programs if p.name != "compare_trace.py"][::every]
    failed = 0
    for program in programs:
        ok, detail = check(yieldscope, program.resolve(), windows)
        if not ok:
            failed += 1
            print(f"DIFF {program}: {detail}")
    print(f"{len(programs) - failed} of {len(programs)} programs: every window equals the full trace")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
