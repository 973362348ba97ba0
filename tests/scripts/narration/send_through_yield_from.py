def inner():
    x = yield 'a'
    yield x

def outer():
    yield from inner()

g = outer()
next(g)
g.send(1)

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# A value sent to a generator paused in yield from goes on to the delegate.
# ...and the delegate's paused yield is the one that evaluates to it.
# at: resume outer 1
# says: send() at line 10 resumes outer at line 6, where its yield from passes 1 on to inner.
# at: resume inner 1
# says: yield from at line 6 resumes inner at line 2: the paused yield evaluates to 1.
