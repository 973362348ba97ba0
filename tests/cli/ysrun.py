"""What the checkers that drive `yieldscope trace` share (check_trace_steps.py,
check_narration_truth.py, cli/check_eval_python.py, cli/check_eval_untouched.py):
their command line, the programs a PATH names, a trace, the comparison of a
window of steps with the full trace, and checking program after program.
"""
import subprocess
from pathlib import Path

MAX_STEPS = "20000"


def command_line(argv, **options):
    """YIELDSCOPE [--NAME N]... PATH... -> (YIELDSCOPE, {NAME: N}, [PATH]).

    Each keyword names an integer option (an underscore is a dash on the command
    line) and gives its default."""
    args = list(argv)
    values = {}
    for name, default in options.items():
        flag = "--" + name.replace("_", "-")
        values[name] = default
        if flag in args:
            i = args.index(flag)
            values[name] = int(args[i + 1])
            del args[i:i + 2]
    return args[0], values, args[1:]


def programs(paths, skip=("compare_trace.py",)):
    """The programs PATHs name: a file, or every .py file below a folder, sorted;
    not the ones named in skip (tests/trace's reference tracer is no test program)."""
    found = []
    for p in map(Path, paths):
        found += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    return [p for p in found if p.name not in skip]


def run(argv, cwd, timeout=300):
    """(exit status, stdout, stderr) of argv, decoded."""
    r = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=timeout)
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def trace(yieldscope, program, *extra, locals_=True):
    """`yieldscope trace PROGRAM [--locals] --max-steps 20000 EXTRA...`, run beside
    the program: (its rows, its stderr)."""
    argv = [yieldscope, "trace", str(program)] + (["--locals"] if locals_ else []) + ["--max-steps", MAX_STEPS]
    _, out, err = run(argv + list(extra), program.parent)
    return out.splitlines(), err


def window_difference(full, part, a, b, asked=""):
    """None when part is exactly rows a..b of full; else what differs (asked:
    a few words said after the window, e.g. where questions were asked)."""
    if part == full[a:b + 1]:
        return None
    for k, (want, got) in enumerate(zip(full[a:b + 1], part)):
        if want != got:
            return f"steps {a}:{b}{asked}, first difference at step {a + k}:\n  full:   {want}\n  window: {got}"
    return f"steps {a}:{b}{asked}: {len(part)} rows, expected {b - a + 1}"


def check_each(found, check):
    """check(program) -> (ok, detail) for each program (its resolved path), and
    a DIFF line for each one that fails: how many failed."""
    failed = 0
    for program in found:
        ok, detail = check(program.resolve())
        if not ok:
            failed += 1
            print(f"DIFF {program}: {detail}")
    return failed
