def result():
    yield 1
    return 'r'
g = result()
next(g)
print(next(g, 'default'))

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# Next() with a default returns it instead of raising StopIteration.
# at: return result 1
# says: result returns: the generator is closed, StopIteration carries 'r' to next() at line 6, which drops it and returns the default it was given.
