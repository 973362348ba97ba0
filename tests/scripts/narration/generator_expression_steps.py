squares = (i * i for i in range(2))
print(sum(squares))

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# A generator expression's own steps do not quote the statement around it as
# running again.
# at: line <genexpr> 1
# says: The generator expression on line 1 runs its next step.
