def gen():
    yield 1
g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print('rt', e)

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# A StopIteration leaving a generator becomes RuntimeError.
# at: return gen 1
# says: gen ends with StopIteration: the generator is closed. A StopIteration may not leave a generator, so Python raises RuntimeError (generator raised StopIteration) in its place, and the exception goes on to line 6.
