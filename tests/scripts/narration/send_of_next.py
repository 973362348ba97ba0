def gen():
    x = yield 1
    yield x
a = gen()
b = gen()
next(a)
next(b)
print(a.send(next(b)))

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# Of a.send(next(b)), next() asks b.
# at: resume gen 1
# says: next() at line 8 resumes gen#2 at line 2.
