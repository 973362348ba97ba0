# throw() into a generator delegating with yield from: the subgenerator
# raises, and CPython reports the delegator re-entered as a "call" (its
# _gen_throw leaves the SEND loop first), not a resumption.
# (From the shared corpus: cpython Lib/test/test_yield_from.py, test_delegating_throw.)

trace = []
def g1():
    try:
        trace.append("Starting g1")
        yield "g1 ham"
        yield from g2()
        yield "g1 eggs"
    finally:
        trace.append("Finishing g1")
def g2():
    try:
        trace.append("Starting g2")
        yield "g2 spam"
        yield "g2 more spam"
    finally:
        trace.append("Finishing g2")
try:
    g = g1()
    for i in range(2):
        x = next(g)
        trace.append("Yielded %s" % (x,))
    e = ValueError("tomato ejected")
    g.throw(e)
except ValueError as e:
    print("ValueError:", e.args[0])
else:
    print("subgenerator failed to raise ValueError")
for line in trace:
    print(line)
