# sum, pow, round, min, max and sorted check a call's arguments in CPython's order (too many, then the positional count or a missing one, then keywords), and operator.methodcaller passes keyword arguments on.
import operator

calls = [
    lambda: sum(1, 2, 3), lambda: sum([1], 2, start=3), lambda: sum(start=1), lambda: sum([1], x=1),
    lambda: sum(), lambda: sum(iterable=[1]), lambda: sum([1, 2], start=10),
    lambda: pow(1, 2, 3, 4), lambda: pow(1, exp=2, base=1), lambda: pow(1, 2, mod=None, x=1), lambda: pow(x=1),
    lambda: pow("ab", x=1), lambda: pow(base=2, exp=10), lambda: pow(2, 10, mod=1000),
    lambda: round(1, 2, 3), lambda: round(ndigits=1), lambda: round(x=1), lambda: round(number=2.675, ndigits=2),
    lambda: max(x=1, key=None), lambda: max(1, x=2), lambda: min(), lambda: min(x=1), lambda: max([3, 1], key=None),
    lambda: sorted(key=1, reverse=2), lambda: sorted([1], [2], key=None), lambda: sorted([2, 1], x=1),
    lambda: sorted(x=1), lambda: sorted("bca", reverse=True),
    lambda: operator.methodcaller("split", ",", maxsplit=1)("a,b,c"),
    lambda: operator.methodcaller("format", x=1)("{x}-{x}"),
    lambda: operator.methodcaller(), lambda: operator.methodcaller(x=1), lambda: operator.methodcaller(1),
    lambda: operator.methodcaller("upper")(),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
