# Ellipsis and NotImplemented are narrated by their names, as print shows them.
def placeholders():
    todo = ...
    yield todo
    yield NotImplemented

for value in placeholders():
    print(value)

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# at: yield placeholders 1
# says: placeholders yields Ellipsis and pauses at line 4; todo = Ellipsis is kept.
# at: yield placeholders 2
# says: placeholders yields NotImplemented and pauses at line 5; todo = Ellipsis is kept.
