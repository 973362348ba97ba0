def deleg():
    yield from [1, 2]
d = deleg()
next(d)
try:
    d.send('x')
except AttributeError as e:
    print(e)

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# Yield from over a list calls the list iterator's send, which it lacks.
# at: resume deleg 1
# says: send() at line 6 resumes deleg at line 2, where its yield from calls send('x') on the list_iterator.
