class Countdown:
    start = 3
print(Countdown.start)

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# A class statement runs its body; nothing calls the class.
# at: call Countdown 1
# says: The body of class Countdown runs, from line 1: what it defines becomes the class's attributes.
