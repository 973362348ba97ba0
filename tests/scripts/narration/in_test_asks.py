def nums():
    yield 0
    yield 4
print(4 in nums())

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# In asks the generator; print() is not called yet.
# at: call nums 1
# says: The in test at line 4 starts nums: its body runs for the first time, from line 1.
