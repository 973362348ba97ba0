# x.__getitem__(k) of str, list, tuple, bytes and range is x[k]: __index__, bools, slices, big ints and messages alike.
class I:
    def __index__(self): return 1
s = "héllo"
for k in (I(), 1, -1, True, slice(1, None, 2), slice(None, None, -1), 10**30, 5, "x", 1.5, slice(I(), None)):
    for f in (lambda: s.__getitem__(k), lambda: s[k], lambda: [1, 2, 3].__getitem__(k), lambda: (1, 2).__getitem__(k), lambda: b"ab".__getitem__(k), lambda: range(4).__getitem__(k)):
        try:
            print(repr(f()), end=" ")
        except Exception as e:
            print(type(e).__name__, e, end=" | ")
    print()
