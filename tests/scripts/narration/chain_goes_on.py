from itertools import chain
def evens():
    yield 0
def odds():
    yield 1
for x in chain(evens(), odds()):
    print(x)

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# Chain() asks the generators of a for loop over it, and goes on to the next
# one.
# at: return evens 1
# says: evens returns: the generator is closed, StopIteration tells chain() at line 6 that it has no more values.
