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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "cli"))
from ysrun import command_line, programs, trace  # noqa: E402


def main():
    yieldscope, _, paths = command_line(sys.argv[1:])
    found = programs(paths, skip=())
    problems = 0
    for program in found:
        rows, _ = trace(yieldscope, program, locals_=False)
        previous = None
        for line in rows:
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
    print(f"{len(found)} programs, {problems} untrue sentences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
