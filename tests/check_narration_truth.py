#!/usr/bin/env python3
"""check_narration_truth.py YIELDSCOPE PATH...

Narration is read by beginners as fact. For every program (files, or folders
of .py files), runs `yieldscope trace` and checks, step by step:
  * only a `yield` step says that something yields, and it names the value
    the step really yielded;
  * a `return` step of a generator that ended by an exception (close(), a
    break out of a for loop, an unhandled throw()) never says it yields or
    returns a value: it says the generator is closed;
  * no step quotes a comment of the program as if it were code.
"""
import json
import re
import subprocess
import sys
from pathlib import Path


def main():
    yieldscope, paths = sys.argv[1], sys.argv[2:]
    programs = []
    for p in map(Path, paths):
        programs += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    problems = 0
    for program in programs:
        out = subprocess.run([yieldscope, "trace", str(program), "--max-steps", "20000"], cwd=program.parent,
                             capture_output=True, timeout=300).stdout.decode("utf-8", "replace")
        previous = None
        for line in out.splitlines():
            step = json.loads(line)
            says, event = step["says"], step["event"]
            bad = None
            if re.search(r"\byields\b", says) and event != "yield":
                bad = "says 'yields' at a non-yield step"
            elif event == "yield" and f"yields {step.get('value')} " not in says:
                bad = "does not name the yielded value"
            elif (event == "return" and previous and previous["event"] == "exception"
                  and previous["func"] == step["func"] and step["func"] != "<module>"
                  and (re.match(r"\S+ returns\b", says) or "yields" in says)):
                bad = "a frame left by an exception is said to return a value"
            elif "#" in says and event == "line" and re.search(r"runs next: .*#\s", says):
                bad = "quotes a comment as code"
            if bad:
                problems += 1
                print(f"{program}: step {step['step']} ({event} {step['func']}:{step['line']}): {bad}: {says}")
            previous = step
    print(f"{len(programs)} programs, {problems} untrue sentences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
