def inner():
    try:
        yield 1
    finally:
        print('inner closed')

def outer():
    yield from inner()

g = outer()
next(g)
del g
print('end')

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# A delegate closed because its delegator is released is closed through the
# yield from.
# at: return inner 1
# says: inner is closed: GeneratorExit was raised at its paused line 3, and it finished at line 5 without yielding again. The yield from at line 8 passed it on: the generator delegating to inner is being closed.
