# islice() argument errors in CPython's order and wording: a stop that converts to -1 (not an int, too big, or -1) is "Stop argument", a negative start or a stop below -1 is "Indices", a step below 1 is "Step", and all before the iterable is looked at
import itertools

cases = [
    (-1,), (-2,), ("a",), (2**70,), (None, -2), (None, -1), (-5, "x"), (-1, None),
    ("a", None), (2**70, None), (0, 2, 0), (0, 2, -1), (0, 2, "s"), (0, 2, None),
    (-1, 2, 0), (1.5,), (None, None, None),
]
for args in cases:
    try:
        print(args, list(itertools.islice(range(10), *args)))
    except ValueError as e:
        print(args, "ValueError:", e)
try:
    itertools.islice(5, -1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
