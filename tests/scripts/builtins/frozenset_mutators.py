# set's mutating methods called through the set class on a frozenset (or on
# something else) are refused, and the frozenset stays as it was.
fs = frozenset({1, 2, 3})


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("set.add(frozenset(), 1):", set.add, frozenset(), 1)
attempt("set.add(fs, 4):", set.add, fs, 4)
attempt("set.discard(fs, 1):", set.discard, fs, 1)
attempt("set.remove(fs, 1):", set.remove, fs, 1)
attempt("set.pop(fs):", set.pop, fs)
attempt("set.clear(fs):", set.clear, fs)
attempt("set.update(fs, [4]):", set.update, fs, [4])
attempt("set.intersection_update(fs, [1]):", set.intersection_update, fs, [1])
attempt("set.difference_update(fs, [1]):", set.difference_update, fs, [1])
attempt("set.symmetric_difference_update(fs, [1]):", set.symmetric_difference_update, fs, [1])
print("unchanged:", sorted(fs), len(fs))
# not a set at all
attempt("set.add([], 1):", set.add, [], 1)
attempt("set.clear({}):", set.clear, {})
attempt("set.add():", set.add)
# the frozenset's own methods are not there to mutate it
attempt("fs.add(4):", lambda: fs.add(4))
# and a real set still works through the class
s = {1}
set.add(s, 2)
set.update(s, [3])
set.discard(s, 1)
print(sorted(s))
