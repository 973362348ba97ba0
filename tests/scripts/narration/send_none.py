def listener():
    while True:
        msg = yield
        print(msg is None)
l = listener()
next(l)
l.send(None)

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# Send(None) makes the paused yield evaluate to None.
# at: resume listener 1
# says: send() at line 7 resumes listener at line 3: the paused yield evaluates to None.
