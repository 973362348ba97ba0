# Regression: a StopIteration's value was dropped on its way through map,
# filter, zip and the other iterators that call their source's __next__
# directly; CPython passes the very same exception on (so `next()` raises
# StopIteration(42) and `yield from map(...)` evaluates to 42), while chain,
# cycle, zip_longest, groupby and tee end with a bare StopIteration.
# A yield from a class iterator evaluates to its StopIteration's value too
# (PEP 380; was None once), even when the very first __next__ raises it, and
# to None when the StopIteration is bare.
import itertools

class Source:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration(42)
        self.n -= 1
        return self.n

class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

def delegate():
    r = yield from Source(2)
    print("yield from Source:", r)
    r = yield from Source(0)
    print("yield from a Source with nothing left:", r)
    r = yield from Plain()
    print("yield from a bare StopIteration:", r)
    r = yield from map(lambda v: v * 10, Source(1))
    print("yield from map:", r)
    r = yield from filter(None, Source(3))
    print("yield from filter:", r)
    r = yield from iter([1])
    print("yield from a list iterator:", r)

print(list(delegate()))

makers = [
    ("map", lambda: map(lambda v: v, Source(0))),
    ("filter", lambda: filter(None, Source(0))),
    ("zip", lambda: zip(Source(0), Source(1))),
    ("enumerate", lambda: enumerate(Source(0))),
    ("islice", lambda: itertools.islice(Source(0), 3)),
    ("takewhile", lambda: itertools.takewhile(bool, Source(0))),
    ("dropwhile", lambda: itertools.dropwhile(bool, Source(0))),
    ("accumulate", lambda: itertools.accumulate(Source(0))),
    ("starmap", lambda: itertools.starmap(pow, Source(0))),
    ("compress", lambda: itertools.compress(Source(0), [1])),
    ("filterfalse", lambda: itertools.filterfalse(None, Source(0))),
    ("pairwise", lambda: itertools.pairwise(Source(0))),
    ("chain", lambda: itertools.chain(Source(0))),
    ("zip_longest", lambda: itertools.zip_longest(Source(0))),
    ("cycle", lambda: itertools.cycle(Source(0))),
    ("groupby", lambda: itertools.groupby(Source(0))),
    ("tee", lambda: itertools.tee(Source(0))[0]),
    ("map of map", lambda: map(str, map(abs, Source(0)))),
]
for name, make in makers:
    it = make()
    try:
        next(it)
    except StopIteration as e:
        print(name, repr(e.value), e.args)

def gen():
    yield 1
    return 99

m = map(lambda v: v, gen())
print(next(m))
try:
    next(m)
except StopIteration as e:
    print("map over a generator that returns 99:", repr(e.value))

# A StopIteration raised by the mapped function ends the map with its value.
def stop(x):
    raise StopIteration(7)
try:
    next(map(stop, [1]))
except StopIteration as e:
    print("function raised:", e.value)
print(list(map(stop, [1])))

# An exhausted iterator later gives a bare StopIteration (nothing left over).
s = map(abs, Source(0))
for _ in s:
    pass
try:
    next(iter([]))
except StopIteration as e:
    print("list iterator afterwards:", e.value)
try:
    next(s)
except StopIteration as e:
    print("map asked again:", repr(e.value))
it = iter([1, 2])
print(list(map(next, [it, it, it])))
