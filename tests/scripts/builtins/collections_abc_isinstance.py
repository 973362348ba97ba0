from collections.abc import Iterable, Iterator, Generator
def gen():
    yield 1
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyIter:
    def __iter__(self): return iter([])
for v in [[1], "s", 5, gen(), iter([1]), It(), OnlyIter(), {1: 2}, range(3)]:
    print(type(v).__name__, isinstance(v, Iterable), isinstance(v, Iterator), isinstance(v, Generator))
def flatten(items, ignore=(str, bytes)):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, ignore):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, "ab"]], (4,)])))
