#!/usr/bin/env python3
"""Lazy vs eager memory: python3's tracemalloc next to `yieldscope compare`.

For each program and n, this prints the peak bytes CPython 3.11's tracemalloc
sees while the lazy (generator) form and the eager (list) form run, and the
peaks Yieldscope reports for the same lazy program and its eager twin
(`yieldscope compare FILE --json`). Yieldscope's numbers follow the rule in
docs/MEMORY.md; this script is how the "how close" figures there were made.

    python3 bench/tracemalloc_compare.py                 # n = 10, 1000, 100000
    python3 bench/tracemalloc_compare.py --n 10 1000000  # other sizes
    python3 bench/tracemalloc_compare.py --yieldscope build/app/yieldscope --json

Each python3 measurement runs in a fresh process: the program is compiled
first (its constants exist before tracing starts, as in Yieldscope, where
constants are not counted), gc.collect() empties the free lists, then
tracemalloc runs the program; peak = tracemalloc peak - traced at start.
When no yieldscope binary is found, only python3's side is printed.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# name -> (lazy source, eager source written by hand the way the twin works:
# generator functions build a list and hand out an iterator over it,
# generator expressions become list comprehensions). {n} is replaced.
PROGRAMS = {
    "sum_genexpr": (
        "n = {n}\ntotal = sum(x * x for x in range(n))\n",
        "n = {n}\ntotal = sum([x * x for x in range(n)])\n",
    ),
    "pipeline": (
        "def numbers(n):\n    for i in range(n):\n        yield i\n\n"
        "def squares(xs):\n    for x in xs:\n        yield x * x\n\n"
        "def evens(xs):\n    for x in xs:\n        if x % 2 == 0:\n            yield x\n\n"
        "n = {n}\ntotal = 0\nfor v in evens(squares(numbers(n))):\n    total += v\n",
        "def numbers(n):\n    out = []\n    for i in range(n):\n        out.append(i)\n    return iter(out)\n\n"
        "def squares(xs):\n    out = []\n    for x in xs:\n        out.append(x * x)\n    return iter(out)\n\n"
        "def evens(xs):\n    out = []\n    for x in xs:\n        if x % 2 == 0:\n            out.append(x)\n"
        "    return iter(out)\n\n"
        "n = {n}\ntotal = 0\nfor v in evens(squares(numbers(n))):\n    total += v\n",
    ),
}

MEASURE = r"""
import gc, sys, tracemalloc
src = sys.stdin.read()
code = compile(src, "prog.py", "exec")
ns = {"__name__": "__main__", "__builtins__": __builtins__}
gc.collect()
tracemalloc.start()
start = tracemalloc.get_traced_memory()[0]
exec(code, ns)
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(peak - start, current - start)
"""


def tracemalloc_peak(source):
    """(peak, final) bytes python3's tracemalloc sees while `source` runs."""
    out = subprocess.run([sys.executable, "-c", MEASURE], input=source, capture_output=True,
                         text=True, check=True).stdout.split()
    return int(out[0]), int(out[1])


def find_yieldscope(explicit):
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    candidates = sorted(glob.glob(os.path.join(ROOT, "build*", "app", "yieldscope")),
                        key=os.path.getmtime, reverse=True)
    return candidates[0] if candidates else None


def yieldscope_compare(binary, source):
    """`yieldscope compare --json` on the lazy program; None when it fails."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        run = subprocess.run([binary, "compare", path, "--json"], capture_output=True, text=True,
                             timeout=600)
    except subprocess.TimeoutExpired:
        return {"error": "timed out"}
    finally:
        os.unlink(path)
    if run.returncode != 0:
        return {"error": (run.stderr or run.stdout).strip()[:200]}
    try:
        return json.loads(run.stdout)
    except json.JSONDecodeError:
        return {"error": "not JSON: " + run.stdout[:200]}


def pct(ours, theirs):
    if not ours or not theirs:
        return "-"
    return f"{100.0 * (ours - theirs) / theirs:+.1f}%"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, nargs="+", default=[10, 1000, 100000])
    parser.add_argument("--yieldscope", help="path to the yieldscope binary (default: newest build*/app/yieldscope)")
    parser.add_argument("--json", action="store_true", help="one JSON object per row")
    args = parser.parse_args()

    binary = find_yieldscope(args.yieldscope)
    if not binary and not args.json:
        print("(no yieldscope binary found: showing python3's side only; build it or pass --yieldscope)\n")
    rows = []
    for name, (lazy_src, eager_src) in PROGRAMS.items():
        for n in args.n:
            lazy, eager = lazy_src.format(n=n), eager_src.format(n=n)
            row = {"program": name, "n": n}
            row["py_lazy_peak"], row["py_lazy_final"] = tracemalloc_peak(lazy)
            row["py_eager_peak"], row["py_eager_final"] = tracemalloc_peak(eager)
            if binary:
                res = yieldscope_compare(binary, lazy)
                if "error" in res:
                    row["ys_error"] = res["error"]
                else:
                    row["ys_lazy_peak"] = res["lazy"]["peak_bytes"]
                    row["ys_lazy_final"] = res["lazy"]["final_bytes"]
                    if res.get("eager"):
                        row["ys_eager_peak"] = res["eager"]["peak_bytes"]
                        row["ys_eager_final"] = res["eager"]["final_bytes"]
                    row["ys_twin_reason"] = res.get("twin_reason")
            rows.append(row)
            if args.json:
                print(json.dumps(row), flush=True)

    if args.json:
        return
    head = f"{'program':<12} {'n':>8} | {'python3 lazy':>12} {'eager':>10} | {'yieldscope lazy':>15} {'eager':>10} | {'lazy diff':>9} {'eager diff':>10}"
    print("peak bytes (tracemalloc for python3; docs/MEMORY.md rule for yieldscope)")
    print(head)
    print("-" * len(head))
    for r in rows:
        ys_lazy = r.get("ys_lazy_peak")
        ys_eager = r.get("ys_eager_peak")
        print(f"{r['program']:<12} {r['n']:>8} | {r['py_lazy_peak']:>12,} {r['py_eager_peak']:>10,} | "
              f"{(f'{ys_lazy:,}' if ys_lazy is not None else '-'):>15} "
              f"{(f'{ys_eager:,}' if ys_eager is not None else '-'):>10} | "
              f"{pct(ys_lazy, r['py_lazy_peak']):>9} {pct(ys_eager, r['py_eager_peak']):>10}")
        if "ys_error" in r:
            print(f"{'':<12} {'':>8}   yieldscope failed: {r['ys_error']}")
        elif r.get("ys_twin_reason"):
            print(f"{'':<12} {'':>8}   no eager twin: {r['ys_twin_reason']}")


if __name__ == "__main__":
    main()
