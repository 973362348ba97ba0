#!/usr/bin/env python3
"""python_eval_at.py PROGRAM STEP EXPR — what python3 answers for EXPR when PROGRAM
is stopped at step STEP, numbered as `yieldscope trace` numbers its steps.

The program runs under sys.settrace; its steps are counted exactly as
the reference tracer of tests/trace reports them: every event of a frame of the
program is a step (a 'call' that resumes a generator, a 'return' that is a
yield too), except the module's opening 'call'. At step STEP, EXPR is evaluated in that step's frame as
eval(EXPR, frame.f_globals, frame.f_locals) would; when EXPR is statements they
run as exec, and a final expression statement's value is printed unless None
(as the REPL). When STEP is the step after the last one (yieldscope's 'end'),
EXPR runs in the module's globals once the program has finished.

Output, as `yieldscope eval PROGRAM --at STEP EXPR` gives it: what EXPR printed
and then repr(value) on stdout; an exception's last traceback line on stderr
with exit status 1. Exit status 3 when the program has no step STEP. The
program's own output is discarded.
"""
import ast
import io
import os
import sys
import traceback


def answer(source, globals_, locals_, real_stdout):
    """Evaluates source and exits the process with python3's answer."""
    sys.settrace(None)
    sys.stdout = real_stdout
    status = 0
    try:
        try:
            code = compile(source, "<string>", "eval")
        except SyntaxError:
            code = None
        if code is not None:
            print(repr(eval(code, globals_, locals_)))
        else:
            tree = ast.parse(source, "<string>")
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            exec(compile(tree, "<string>", "exec"), globals_, locals_)
            if last is not None:
                value = eval(compile(ast.Expression(last.value), "<string>", "eval"), globals_, locals_)
                if value is not None:
                    print(repr(value))
    except BaseException as exc:  # noqa: BLE001 - report it as python3 would
        sys.stdout.flush()
        sys.stderr.write(traceback.format_exception_only(type(exc), exc)[-1])
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    path, wanted, source = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, encoding="utf-8") as f:
        code = compile(f.read(), path, "exec")
    real_stdout = sys.stdout
    sys.stdout = io.StringIO()
    count = 0

    def step(frame):
        nonlocal count
        if count == wanted:
            answer(source, frame.f_globals, frame.f_locals, real_stdout)
        count += 1

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != path:
            return None
        if event == "call" and frame.f_code.co_name == "<module>":
            return tracer  # as cpython_trace.py: the module's opening call is no step
        step(frame)  # call/resume, line, yield/return, exception: one step each
        return tracer

    module = {"__name__": "__main__", "__file__": path}
    sys.settrace(tracer)
    try:
        exec(code, module)
    except BaseException:  # noqa: BLE001 - the program's own exception ends its run
        pass
    finally:
        sys.settrace(None)
    if count == wanted:  # the 'end' step
        answer(source, module, module, real_stdout)
    sys.stdout = real_stdout
    sys.stderr.write(f"python_eval_at: the program has {count + 1} steps\n")
    sys.exit(3)


if __name__ == "__main__":
    main()
