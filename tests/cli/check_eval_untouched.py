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
import subprocess
import sys
from pathlib import Path

MAX_STEPS = "20000"
BROKEN = ("could not be replayed", "stopped unexpectedly")


def trace(yieldscope, program, *extra):
    r = subprocess.run([yieldscope, "trace", str(program), "--locals", "--max-steps", MAX_STEPS, *extra],
                       cwd=program.parent, capture_output=True, timeout=300)
    return r.stdout.decode("utf-8", "replace").splitlines(), r.stderr.decode("utf-8", "replace")


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
        if part != full[a:b + 1]:
            for k, (want, got) in enumerate(zip(full[a:b + 1], part)):
                if want != got:
                    return False, asked, f"steps {a}:{b}, asked at {s}, first difference at {a + k}:\n  " \
                                         f"full:   {want}\n  window: {got}"
            return False, asked, f"steps {a}:{b}: {len(part)} rows, expected {b - a + 1}"
        for line in answers:
            if any(word in line for word in BROKEN):
                return False, asked, f"steps {a}:{b}, asked at {s}: {line}"
        if not any(line.startswith(f"# eval at {s}:") for line in answers):
            return False, asked, f"steps {a}:{b}: no answer at step {s}"
    return True, asked, f"{len(full)} steps"


def main():
    args = sys.argv[1:]
    windows = 3
    if "--windows" in args:
        i = args.index("--windows")
        windows = int(args[i + 1])
        del args[i:i + 2]
    yieldscope, paths = args[0], args[1:]
    programs = []
    for p in map(Path, paths):
        programs += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    failed = asked = 0
    for program in programs:
        ok, n, detail = check(yieldscope, program.resolve(), windows)
        asked += n
        if not ok:
            failed += 1
            print(f"DIFF {program}: {detail}")
    print(f"{len(programs) - failed} of {len(programs)} programs: the trace is unchanged after {asked} questions")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
