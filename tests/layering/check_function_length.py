#!/usr/bin/env python3
"""check_function_length.py [--root DIR] — no function in core/ is longer than
300 lines, but the dispatch loop (VM::Impl::execute), which stays under 450.

A long function is where a newcomer gets lost and where a change breaks
something far away; the limits are issue 12's. Function extents come from
Universal Ctags (`end:` field). Prints the offenders and exits 1.
"""
import argparse
import pathlib
import shutil
import subprocess
import sys

LIMIT = 300
EXCEPTIONS = {("core/vm/vm.cpp", "execute"): 449}


def functions(root):
    """(length, file, name, first line) of every function in core/."""
    ctags = shutil.which("ctags-universal") or shutil.which("ctags")
    if ctags is None:
        sys.exit("check_function_length: universal-ctags is not installed (scripts/common.sh installs it)")
    files = sorted(str(p.relative_to(root)) for p in (root / "core").rglob("*") if p.suffix in (".cpp", ".h"))
    out = subprocess.run([ctags, "--c++-kinds=f", "--fields=+ne", "-o", "-", *files], cwd=root,
                         capture_output=True, text=True, check=True).stdout
    for row in out.splitlines():
        cells = row.split("\t")
        fields = dict(c.split(":", 1) for c in cells[3:] if ":" in c)
        if "line" in fields and "end" in fields:
            first, last = int(fields["line"]), int(fields["end"])
            yield last - first + 1, cells[1], cells[0], first


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=pathlib.Path(__file__).resolve().parents[2], type=pathlib.Path)
    root = parser.parse_args().root.resolve()
    found = list(functions(root))
    if not found:
        sys.exit("check_function_length: ctags found no functions in core/")
    too_long = [(n, f, name, line) for n, f, name, line in found if n > EXCEPTIONS.get((f, name), LIMIT)]
    for n, f, name, line in sorted(too_long, reverse=True):
        print(f"{f}:{line}: {name} is {n} lines (limit {EXCEPTIONS.get((f, name), LIMIT)})")
    longest = max(found)
    print(f"{len(found)} functions in core/; the longest is {longest[2]} ({longest[1]}), {longest[0]} lines")
    sys.exit(1 if too_long else 0)


if __name__ == "__main__":
    main()
