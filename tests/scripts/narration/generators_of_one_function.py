def ticker(name):
    for i in range(2):
        yield name, i
a = ticker("a")
b = ticker("b")
print(next(a), next(b))
print(next(a))

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# Two generators of one function are told apart as their cards are.
# at: call ticker 2
# says: next() at line 6 starts ticker#2: its body runs for the first time, from line 1.
# at: resume ticker 1
# says: next() at line 7 resumes ticker#1 at line 3.
