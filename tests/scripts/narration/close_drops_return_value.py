def gen():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored'
g = gen()
next(g)
print(g.close())

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# Close() drops what a generator returns while being closed (CPython 3.11).
# at: return gen 1
# says: gen returns: the generator is closed with 'ignored', which close() at line 8 drops: close() returns None.
