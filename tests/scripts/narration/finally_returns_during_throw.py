def gen():
    try:
        yield 1
    finally:
        return 'fin'

g = gen()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print(e.value)

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# The value returned from a finally during throw() goes to throw().
# at: return gen 1
# says: gen returns: the generator is closed, StopIteration carries 'fin' to throw() at line 10.
