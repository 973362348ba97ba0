def inner():
    try:
        yield 1
    except KeyError:
        return 'handled'

def outer():
    r = yield from inner()
    print(r)
    yield 5

g = outer()
next(g)
print(g.throw(KeyError))

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# Throw() reaches inner straight from line 14, but inner's value goes back to
# outer's yield from.
# at: return inner 1
# says: inner returns: the generator is closed, StopIteration carries 'handled' to yield from at line 8.
