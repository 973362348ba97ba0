def gen():
    yield 3
g = gen()
for i in range(next(g)):
    pass

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# The loop iterates the range, next() starts the generator.
# at: call gen 1
# says: next() at line 4 starts gen: its body runs for the first time, from line 1.
