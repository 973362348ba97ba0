#!/usr/bin/env python3
"""Regenerate the expected results of the conformance programs from CPython.

For every NAME.py under the given folders or files (default: tests/scripts),
runs `python3 NAME.py` inside the program's folder with stdin from NAME.in
when it exists (else /dev/null) and writes what CPython printed:

    NAME.out   stdout, always (possibly empty)
    NAME.err   stderr, only when non-empty, with the folder's absolute path
               removed so tracebacks read File "NAME.py" (as run-corpus.sh does)
    NAME.rc    the exit status, only when it is not 0

A stale .err/.rc is deleted when the program no longer produces it. The
expected files must come from CPython 3.11, never from our engine, so this
refuses to run under another version. With --check nothing is written: it
lists the programs whose recorded results differ and exits 1 if any do.
"""
import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT_S = 60


def programs(paths):
    for p in paths:
        p = Path(p).resolve()
        if p.is_dir():
            yield from sorted(p.rglob("*.py"))
        elif p.suffix == ".py":
            yield p


def run_cpython(python, script):
    folder = script.parent
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    stdin_path = script.with_suffix(".in")
    stdin = open(stdin_path, "rb") if stdin_path.exists() else subprocess.DEVNULL
    try:
        proc = subprocess.run([python, script.name], cwd=folder, stdin=stdin,
                              capture_output=True, timeout=TIMEOUT_S, env=env)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    err = proc.stderr
    for prefix in {str(folder), os.path.realpath(folder)}:
        err = err.replace((prefix + "/").encode(), b"")
    # A death by signal (python3 ends an uncaught KeyboardInterrupt by killing
    # itself with SIGINT) is recorded as a shell reports it, 128 + the signal,
    # which is what run_script_test.sh compares.
    rc = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    return proc.stdout, err, rc


def expected_files(script, out, err, rc):
    """What should be on disk: {path: bytes or None (= must not exist)}."""
    stem = script.with_suffix("")
    return {
        stem.with_suffix(".out"): out,
        stem.with_suffix(".err"): err if err else None,
        stem.with_suffix(".rc"): f"{rc}\n".encode() if rc != 0 else None,
    }


def differs(path, content):
    if content is None:
        return path.exists()
    return not path.exists() or path.read_bytes() != content


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(HERE / "scripts")])
    ap.add_argument("--check", action="store_true", help="compare only, write nothing")
    ap.add_argument("--python", default="python3")
    args = ap.parse_args()

    version = subprocess.run([args.python, "-c", "import sys; print(sys.version_info[:2])"],
                             capture_output=True, text=True).stdout.strip()
    if version != "(3, 11)":
        sys.exit(f"regen_expected: {args.python} is {version}, expected CPython 3.11")

    changed = 0
    for script in programs(args.paths):
        out, err, rc = run_cpython(args.python, script)
        stale = [(p, c) for p, c in expected_files(script, out, err, rc).items() if differs(p, c)]
        if not stale:
            continue
        changed += 1
        shown = script.relative_to(Path.cwd()) if script.is_relative_to(Path.cwd()) else script
        print(("differs: " if args.check else "updated: ") + str(shown))
        if args.check:
            continue
        for path, content in stale:
            if content is None:
                path.unlink()
            else:
                path.write_bytes(content)
    print(f"{changed} program(s) {'differ' if args.check else 'updated'}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
