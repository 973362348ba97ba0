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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "cli"))
from ysrun import check_each, command_line, programs, trace, window_difference  # noqa: E402


def check(yieldscope, program, windows):
    full, _ = trace(yieldscope, program)
    if not full:
        return True, "no steps"
    rng = random.Random(program.name)
    for _ in range(windows):
        a = rng.randrange(len(full))
        b = min(len(full) - 1, a + rng.randrange(1, 40))
        part, _ = trace(yieldscope, program, "--steps", f"{a}:{b}")
        difference = window_difference(full, part, a, b)
        if difference:
            return False, difference
    return True, f"{len(full)} steps"


def main():
    yieldscope, options, paths = command_line(sys.argv[1:], windows=3, every=1)
    found = programs(paths)[::options["every"]]
    failed = check_each(found, lambda program: check(yieldscope, program, options["windows"]))
    print(f"{len(found) - failed} of {len(found)} programs: every window equals the full trace")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
