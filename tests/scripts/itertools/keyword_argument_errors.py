# keyword-argument errors in CPython's order: too many arguments counting keywords ("keyword arguments" when none is positional), then a parameter given by name and position, then an unknown keyword; tee, product and chain.from_iterable word theirs on their own
import collections
import itertools


def attempt(f):
    try:
        r = f()
        print(list(itertools.islice(r, 4)))
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: itertools.count(1, 2, step=3))
attempt(lambda: itertools.count(start=1, step=2, x=3))
attempt(lambda: itertools.count(1, start=2))
attempt(lambda: itertools.count(x=3))
attempt(lambda: itertools.count(start=5, step=-1))
attempt(lambda: itertools.repeat(1, object=2))
attempt(lambda: itertools.repeat(object="r", times=2))
attempt(lambda: itertools.permutations("ab", 1, r=1))
attempt(lambda: itertools.groupby("a", key=None, iterable=1))
attempt(lambda: enumerate([1], 2, start=3))
attempt(lambda: enumerate("ab", start=1))
attempt(lambda: collections.deque([1], 2, maxlen=3))
attempt(lambda: itertools.tee([1], n=2))
attempt(lambda: itertools.product("ab", repeat=2, extra=1))
attempt(lambda: itertools.product("ab", extra=1))
attempt(lambda: itertools.chain.from_iterable(iterable=[]))
for f in (lambda: round(1.5, ndigits=1, number=2), lambda: str(b"a", "utf-8", encoding="x"),
          lambda: complex(1, real=2)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
