# The lru_cache wrapper keeps the undecorated function as __wrapped__,
# and its repr names its type without calling the function's repr.
import functools
import itertools


def square(n):
    return n * n


cached = functools.lru_cache(maxsize=2)(square)
print(cached.__wrapped__ is square)
print(cached(3), cached(3), cached.cache_info())
print(repr(cached).startswith("<functools._lru_cache_wrapper object at 0x"))
print(functools.__name__, itertools.__name__)
