# lru_cache's cache_info() is a CacheInfo namedtuple, as functools's: fields by name,
# indexing, unpacking and tuple equality work, its repr has no quotes, and
# every cache_info() of a run has the one class, functools._CacheInfo.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
info = fib.cache_info()
print(repr(info), info.hits, info.misses, info[2], tuple(info), info._fields, type(info).__name__)
hits, misses, maxsize, size = info
print(f"hit rate {hits / (hits + misses):.1%}", maxsize, size)


@functools.lru_cache(maxsize=2)
def square(x):
    return x * x


for v in [1, 2, 1, 3, 1]:
    square(v)
print(square.cache_info(), [square.cache_info()])
square.cache_clear()
print(square.cache_info().currsize, square.cache_info() == (0, 0, 2, 0))


@functools.cache
def slow(x):
    return x


slow(1)
print(slow.cache_info())
print(type(slow.cache_info()) is type(fib.cache_info()) is functools._CacheInfo)
