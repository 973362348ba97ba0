def gen():
    yield 1
print(len([*gen()]))

# ---- What the narration says (checked by tests/core/test_narration.cpp; the
# steps are the ones CPython 3.11 reports for this program).
# [*gen()] is unpacked before len() and print() are called.
# at: return gen 1
# says: gen returns: the generator is closed: the unpacking at line 3 has had all its values.
