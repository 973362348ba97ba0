def helper():
    try:
        yield 1
    finally:
        print('helper fin')
def outer():
    h = helper()
    next(h)
    yield 'o'
g = outer()
next(g)
g.close()

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# Helper is released when outer's frame ends, close() was called on outer.
# at: resume helper 1
# says: Nothing refers to helper any more as line 12 runs, so Python closes it. It resumes at line 3, where GeneratorExit is raised.
