def inner():
    try:
        yield 1
    finally:
        print('inner cleanup')
def outer():
    for x in inner():
        raise ValueError('oops')
    yield 'never'
try:
    list(outer())
except ValueError:
    print('caught')

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# An exception leaving a generator is the one raised in its own frame, not one
# of a generator closed on the way.
# at: return outer 1
# says: outer ends with ValueError: oops: the generator is closed, and the exception goes on to line 11.
