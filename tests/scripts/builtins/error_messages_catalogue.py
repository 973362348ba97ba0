import math, itertools, functools
from collections import deque, Counter, namedtuple
cases = [
    lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: abs(1, 2), lambda: divmod(1), lambda: pow(1),
    lambda: sum(), lambda: sum(1), lambda: sorted(), lambda: sorted(1), lambda: min(1), lambda: max(),
    lambda: iter(), lambda: next(), lambda: next(1), lambda: isinstance(1), lambda: chr(), lambda: chr("a"),
    lambda: ord(1), lambda: ord(""), lambda: hex("1"), lambda: round(), lambda: enumerate(), lambda: enumerate(1),
    lambda: zip(1), lambda: map(1, 2), lambda: filter(1), lambda: filter(None, 1), lambda: reversed(),
    lambda: list(1), lambda: tuple(1, 2), lambda: dict(1), lambda: dict([1]), lambda: set(1), lambda: range(),
    lambda: range("a"), lambda: range(1, 2, 3, 4), lambda: int([]), lambda: int("x"), lambda: float([]),
    lambda: float("x"), lambda: str(1, 2, 3, 4), lambda: bool(1, 2), lambda: getattr(1), lambda: getattr(1, "x"),
    lambda: setattr(1, "x", 2), lambda: hash([]), lambda: "a".join(1), lambda: "a".join([1]), lambda: "a".split(1),
    lambda: "a".replace(1, 2), lambda: "a".find(1), lambda: "a".startswith(1), lambda: "a".center(), lambda: "a".zfill("2"),
    lambda: "a".upper(1), lambda: "{}".format(), lambda: "{0}{1}".format(1), lambda: "a".strip(1),
    lambda: [].append(), lambda: [].append(1, 2), lambda: [].insert(1), lambda: [].pop(1, 2), lambda: [].index(),
    lambda: [].remove(1), lambda: [].sort(1), lambda: [].sort(key=1, x=2), lambda: [1, "a"].sort(),
    lambda: {}.get(), lambda: {}.pop(), lambda: {}["x"], lambda: {}.update(1), lambda: {}.setdefault(),
    lambda: set().add(), lambda: set().remove(1), lambda: set().pop(), lambda: frozenset().add(1),
    lambda: (1,).index(2), lambda: (1,).count(), lambda: range(3).index(5),
    lambda: math.sqrt(), lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.log(1, 1), lambda: math.floor("x"),
    lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.gcd(1.5), lambda: math.isqrt(-1),
    lambda: itertools.islice(), lambda: itertools.islice([], -1), lambda: itertools.count("a"),
    lambda: itertools.repeat(), lambda: itertools.combinations([1]), lambda: itertools.permutations([1], -1),
    lambda: itertools.product(1), lambda: itertools.chain(1).__next__(), lambda: functools.reduce(),
    lambda: functools.reduce(lambda a, b: a, []), lambda: functools.partial(), lambda: functools.partial(1),
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([], -1), lambda: deque()[0],
    lambda: namedtuple("P", "x y")(1), lambda: namedtuple("P", "x y")(1, 2, 3), lambda: namedtuple("P", "x y")(1, z=2),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
