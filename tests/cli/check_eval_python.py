#!/usr/bin/env python3
"""check_eval_python.py YIELDSCOPE [--per-program N] PATH...

`yieldscope eval FILE --at STEP EXPR` must answer what python3 answers when the
same program is stopped at the same step (tests/cli/python_eval_at.py stops it
there with sys.settrace and evaluates EXPR in that frame).

For each program (PATH: a file or a folder of .py files), N steps are picked
(seeded by the file name, so a failure repeats), and at each step a few
questions are built from the frame's locals as `trace --locals` shows them:
each local by name, next(g) and list(g) for a generator, the frame's sorted
local names, an arithmetic one on an int, and two that raise (an unknown name,
1/0). Standard output, the exception line and the exit status must agree.
Answers that show an address (" at 0x": default reprs of functions and
generators) are left out, since addresses differ by design.
"""
import json
import random
import sys
from pathlib import Path

from ysrun import MAX_STEPS, command_line, programs, run, trace

HERE = Path(__file__).resolve().parent
ALWAYS = ["[k for k in sorted(locals()) if k[:2] != '__']", "no_such_name_here", "1/0"]


def questions(locals_):
    out = list(ALWAYS)
    for name, value in list(locals_.items())[:4]:
        if name.startswith("__"):
            continue
        out.append(name)
        if value.startswith("<generator object"):
            out += [f"next({name})", f"list({name})"]
        elif value.lstrip("-").isdigit():
            out.append(f"{name} * 2 + 1")
    return out


def check(yieldscope, program, per_program):
    rows, _ = trace(yieldscope, program)
    steps = [json.loads(line) for line in rows]
    if not steps or len(steps) >= int(MAX_STEPS):
        return 0, 0, []
    rng = random.Random(program.name)
    picked = sorted(set([len(steps) - 1] + [rng.randrange(len(steps)) for _ in range(per_program)]))
    compared = skipped = 0
    failures = []
    for k in picked:
        for expr in questions(steps[k].get("locals", {})):
            want = run([sys.executable, str(HERE / "python_eval_at.py"), str(program), str(k), expr], program.parent,
                       120)
            if want[0] == 3 or "0x" in want[1] + want[2]:
                skipped += 1
                continue
            got = run([yieldscope, "eval", str(program), "--at", str(k), "--", expr], program.parent, 120)
            compared += 1
            if got != want:
                failures.append(f"{program.name} step {k} {expr!r}:\n  python3:    {want}\n  yieldscope: {got}")
    return compared, skipped, failures


def main():
    yieldscope, options, paths = command_line(sys.argv[1:], per_program=3)
    total = skipped = 0
    failures = []
    for program in programs(paths):
        c, s, f = check(yieldscope, program.resolve(), options["per_program"])
        total += c
        skipped += s
        failures += f
    for f in failures:
        print("DIFF " + f)
    print(f"{total - len(failures)} of {total} answers equal python3's ({skipped} left out: addresses or no such step)")
    return 1 if failures or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
