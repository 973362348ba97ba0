#!/usr/bin/env python3
"""Writes what CPython 3.11 reports at each step of a program, with the state of named generators.

Usage: gen_generator_states.py PROGRAM.py NAME... > PROGRAM.states

One line a sys.settrace event: "event function line" and then, for each NAME,
inspect.getgeneratorstate() of the module global of that name at that event
("-" while it does not exist yet). Events are named as tests/trace/regen.sh's
reference tracer names them: a 'return' at YIELD_VALUE is a yield, a 'call'
that re-enters a suspended generator is a resume, and the module's opening
'call' (line 0) is left out. The program's own output goes to stderr.

The output is checked in, so the C++ tests never need python3
(tests/core/test_session.cpp reads two_generators.states).
"""
import dis
import inspect
import sys

YIELD_VALUE = dis.opmap["YIELD_VALUE"]
RESUME = dis.opmap["RESUME"]
SEND = dis.opmap["SEND"]


def event_name(frame, event, before):
    lasti, code = frame.f_lasti, frame.f_code.co_code
    if event == "call" and lasti >= 0:
        op = code[lasti]
        if op in (YIELD_VALUE, SEND) or (op == RESUME and code[lasti + 1] != 0):
            return "resume"
    if event == "return" and before != ("exception", lasti) and lasti >= 0 and code[lasti] == YIELD_VALUE:
        return "yield"
    return event


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    path, names = sys.argv[1], sys.argv[2:]
    with open(path, encoding="utf-8") as f:
        code = compile(f.read(), path, "exec")
    module = {"__name__": "__main__", "__file__": path}
    out, sys.stdout = sys.stdout, sys.stderr
    last = {}  # frame id -> (event, f_lasti) of that frame's step before

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != path:
            return None
        before = last.get(id(frame))
        last[id(frame)] = (event, frame.f_lasti)
        if event == "call" and frame.f_code.co_name == "<module>":
            return tracer
        states = [inspect.getgeneratorstate(module[n]) if n in module else "-" for n in names]
        row = [event_name(frame, event, before), frame.f_code.co_name, str(frame.f_lineno)] + states
        out.write(" ".join(row) + "\n")
        return tracer

    sys.settrace(tracer)
    try:
        exec(code, module)
    finally:
        sys.settrace(None)


if __name__ == "__main__":
    main()
