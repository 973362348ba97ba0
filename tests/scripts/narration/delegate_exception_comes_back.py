def inner():
    yield 1
def outer():
    yield from inner()
g = outer()
next(g)
try:
    g.throw(ValueError('v'))
except ValueError:
    print('caught')

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# CPython's 'call' of a generator its delegate's exception comes back to is
# not its first run.
# at: call outer 2
# says: outer runs again at line 4: the exception its delegate let out comes back to its yield from.
