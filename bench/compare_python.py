#!/usr/bin/env python3
"""Time bench/programs/*.py under python3 and under `yieldscope run`, side by side.

Each program runs REPS times under each interpreter (alternating, so machine
noise hits both alike) and the best wall time is kept: the best is the least
disturbed run, the usual choice for benchmarks on a shared machine. Whole
processes are timed, start-up included, exactly as a user runs them. The
table shows both times, the ratio ours/python3 (below 1.0 means faster than
CPython) and whether our stdout matched CPython's; a mismatch or a failure is
marked, and its time is not trusted.

    bench/compare_python.py [--reps 5] [--yieldscope build/app/yieldscope] [--json]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def timed_run(cmd, cwd, timeout):
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b"", -1
    return time.perf_counter() - start, proc.stdout, proc.returncode


def bench_program(path, python, ours, reps, timeout):
    row = {"program": path.stem, "python3": None, "yieldscope": None, "ratio": None,
           "status": "ok"}
    py_times, our_times = [], []
    expected = None
    for _ in range(reps):
        t, out, rc = timed_run([python, path.name], path.parent, timeout)
        if t is None or rc != 0:
            row["status"] = "python3 failed"
            return row
        expected = out
        py_times.append(t)
        if ours:
            t, out, rc = timed_run([ours, "run", path.name], path.parent, timeout)
            if t is None:
                row["status"] = f"timeout > {timeout}s"
            elif rc != 0:
                row["status"] = f"exit {rc}"
            elif out != expected:
                row["status"] = "output differs"
            if t is not None:
                our_times.append(t)
    row["python3"] = min(py_times)
    row["python3_median"] = statistics.median(py_times)
    if our_times:
        row["yieldscope"] = min(our_times)
        row["yieldscope_median"] = statistics.median(our_times)
        row["ratio"] = row["yieldscope"] / row["python3"]
    elif not ours:
        row["status"] = "not run"
    return row


def fmt(seconds):
    return f"{'-':>9}" if seconds is None else f"{seconds * 1000:9.1f}"


def print_table(rows, reps):
    print(f"best of {reps} runs, wall time in ms (process start-up included)")
    print(f"{'program':<22} {'python3':>9} {'ours':>9} {'ours/py':>8}  status")
    for r in rows:
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:8.2f}"
        print(f"{r['program']:<22} {fmt(r['python3'])} {fmt(r['yieldscope'])} {ratio:>8}  "
              f"{r['status']}")
    ratios = [r["ratio"] for r in rows if r["ratio"] is not None and r["status"] == "ok"]
    if ratios:
        geo = statistics.geometric_mean(ratios)
        print(f"geometric mean of ours/python3 over {len(ratios)} matching programs: {geo:.2f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--python", default="python3")
    ap.add_argument("--yieldscope", default=str(ROOT / "build" / "app" / "yieldscope"))
    ap.add_argument("--programs", default=str(HERE / "programs"))
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--only", help="run only programs whose name contains this")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = ap.parse_args()

    ours = os.path.abspath(args.yieldscope) if os.access(args.yieldscope, os.X_OK) else None
    if not ours:
        print(f"note: {args.yieldscope} not built; timing python3 only", file=sys.stderr)
    programs = sorted(Path(args.programs).resolve().glob("*.py"))
    if args.only:
        programs = [p for p in programs if args.only in p.stem]
    rows = [bench_program(p, args.python, ours, args.reps, args.timeout) for p in programs]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print_table(rows, args.reps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
