#!/usr/bin/env python3
"""check_trace_schema.py YIELDSCOPE TRACE_MD PROGRAM...

The trace's schema as docs/TRACE.md writes it down, checked against real
traces: every key is documented with its JSON type, the keys marked "always"
are in every step, generators have exactly the documented keys, and the
"output" fields joined equal what `yieldscope run` prints.
"""
import json
import re
import subprocess
import sys

TYPES = {"integer": int, "string": str, "object": dict, "array": list}


def table(md, heading):
    """Rows (as lists of cells) of the first table after `heading`."""
    rows, inside = [], False
    for line in md.splitlines():
        if line.startswith("#"):
            inside = line.strip("# ").strip() == heading
            continue
        if inside and line.startswith("|") and not set(line) <= set("|- "):
            rows.append([c.strip().strip("`") for c in line.strip("|").split("|")])
    return rows[1:]  # without the header


def main():
    yieldscope, md_path, programs = sys.argv[1], sys.argv[2], sys.argv[3:]
    md = open(md_path, encoding="utf-8").read()
    step_keys = {row[0]: (TYPES[row[1]], row[2] == "always") for row in table(md, "Keys of a step")}
    gen_keys = {row[0]: TYPES[row[1]] for row in table(md, "Keys of a generator")}
    assert step_keys and gen_keys, "TRACE.md lost its tables"
    failures = 0
    for program in programs:
        trace = subprocess.run([yieldscope, "trace", program, "--locals"], capture_output=True, timeout=300)
        run = subprocess.run([yieldscope, "run", program], capture_output=True, timeout=300)
        printed = ""
        for text in trace.stdout.decode().splitlines():
            step = json.loads(text)
            for key, value in step.items():
                if key not in step_keys:
                    print(f"{program}: undocumented key {key!r}")
                    failures += 1
                elif not isinstance(value, step_keys[key][0]) or isinstance(value, bool):
                    print(f"{program}: {key!r} is {type(value).__name__}, TRACE.md says {step_keys[key][0].__name__}")
                    failures += 1
            for key, (_, always) in step_keys.items():
                if always and key not in step:
                    print(f"{program}: step {step.get('step')} lacks {key!r}")
                    failures += 1
            for gen in step.get("generators", []):
                if set(gen) != set(gen_keys) or any(not isinstance(gen[k], t) for k, t in gen_keys.items()):
                    print(f"{program}: generator {gen} does not match TRACE.md")
                    failures += 1
            printed += step.get("output", "")
        if printed != run.stdout.decode():
            print(f"{program}: the trace's output fields do not add up to what run prints")
            failures += 1
    print(f"{len(programs)} programs, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
