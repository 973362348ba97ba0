# The argument-count errors of METH_O methods (list.append, set.add: "takes exactly one argument (N given)", and no keywords) and of two-argument functions ("comb expected 2 arguments, got N"), each with the name CPython puts in it: frozenset's shared methods say frozenset.
import math
import operator

calls = [
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].append(x=1),
    lambda: [].extend([], []),
    lambda: [].extend(x=1),
    lambda: [1].remove(),
    lambda: [1].count(),
    lambda: (1,).count(1, 2),
    lambda: (1,).count(x=1),
    lambda: set().add(),
    lambda: set().add(1, 2),
    lambda: set().symmetric_difference(),
    lambda: frozenset().symmetric_difference({1}, {2}),
    lambda: set().symmetric_difference(x=1),
    lambda: list.append([], 1, 2),
    lambda: math.comb(1, 2, 3),
    lambda: math.comb(n=1, k=2),
    lambda: math.pow(1),
    lambda: math.ldexp(),
    lambda: math.dist([1]),
    lambda: math.atan2(1),
    lambda: math.copysign(1, 2, 3),
    lambda: isinstance(1),
    lambda: issubclass(int, int, int),
    lambda: operator.add(1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
