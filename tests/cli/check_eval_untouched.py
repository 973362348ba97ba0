#!/usr/bin/env python3
"""check_eval_untouched.py YIELDSCOPE [--windows K] PATH...

Asking the paused program must leave the run as it was. For each program
(PATH: a file or a folder of .py files), K windows A:B are picked (seeded by
the file name) and, at a step S inside each, the hidden `trace` options ask
questions on the cursor that then goes on stepping to B:

  --peek-at S          next() of every generator not closed, on a copy
  --eval-at S 'next(g)'  for every generator variable g of the frame at S
  --eval-at S '...'    statements that append to its lists, rebind its names, print

`trace --locals --steps A:B` with the questions must print exactly rows A..B
of the full `trace --locals`, byte for byte, and every question must have
been answered (no "could not be replayed", no "stopped unexpectedly").
Exit status 1 on any difference.
"""
import json
import random
import sys

from ysrun import check_each, command_line, programs, trace, window_difference

BROKEN = ("could not be replayed", "stopped unexpectedly")


def check(yieldscope, program, windows):
    full, _ = trace(yieldscope, program)
    if not full:
        return True, 0, "no steps"
    rng = random.Random(program.name)
    asked = 0
    for _ in range(windows):
        a = rng.randrange(len(full))
        b = min(len(full) - 1, a + rng.randrange(1, 30))
        s = rng.randrange(a, b + 1)
        step_locals = json.loads(full[s]).get("locals", {})
        extra = ["--steps", f"{a}:{b}", "--peek-at", str(s)]
        for name, value in step_locals.items():
            if value.startswith("<generator object"):
                extra += ["--eval-at", str(s), f"next({name})"]
        # Mutate what the frame holds, in place and by rebinding, and print.
        changes = [f"{n}.append(0)" for n, v in step_locals.items() if v.startswith("[")]
        changes += [f"{n} = None" for n in step_locals if not n.startswith("__")]
        extra += ["--eval-at", str(s), "\n".join(changes + ["print('changed')"])]
        part, err = trace(yieldscope, program, *extra)
        answers = [line for line in err.splitlines() if line.startswith("# ")]
        asked += len(answers)
        difference = window_difference(full, part, a, b, f", asked at {s}")
        if difference:
            return False, asked, difference
        for line in answers:
            if any(word in line for word in BROKEN):
                return False, asked, f"steps {a}:{b}, asked at {s}: {line}"
        if not any(line.startswith(f"# eval at {s}:") for line in answers):
            return False, asked, f"steps {a}:{b}: no answer at step {s}"
    return True, asked, f"{len(full)} steps"


def main():
    yieldscope, options, paths = command_line(sys.argv[1:], windows=3)
    found = programs(paths)
    asked = []

    def check_one(program):
        ok, n, detail = check(yieldscope, program, options["windows"])
        asked.append(n)
        return ok, detail

    failed = check_each(found, check_one)
    print(f"{len(found) - failed} of {len(found)} programs: the trace is unchanged after {sum(asked)} questions")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
