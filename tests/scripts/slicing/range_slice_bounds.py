# A range sliced is the range CPython's compute_slice gives (range(4)[1::2] is range(1, 4, 2)), with the same items as the list sliced.
import itertools
rs = [range(10), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(-3, 7, 4), range(0, -10, -3)]
sl = [slice(a, b, c) for a in (None, 0, 1, -1, 3, -20, 20) for b in (None, 0, 2, -2, 20, -20) for c in (None, 1, 2, -1, -3)]
for r in rs:
    for s in sl:
        x = r[s]
        assert list(x) == list(r)[s]
        print(x, end=" ")
    print()
