# A generator that yields after GeneratorExit makes close() raise RuntimeError.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        yield 2

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# at: yield stubborn 2
# says: stubborn yields 2 at line 7 while being closed: a generator may not yield after GeneratorExit, so Python raises RuntimeError (generator ignored GeneratorExit).
