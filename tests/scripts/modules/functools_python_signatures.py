# The functools and collections functions CPython writes in Python fail as a def does ("cache() takes 1 positional argument but 2 were given", "namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'"), cache refuses what is not callable, and total_ordering hands back anything that is not a class.
import functools
from collections import namedtuple

calls = [
    lambda: functools.cache(),
    lambda: functools.cache(1),
    lambda: functools.cache(len, 2),
    lambda: functools.cache(x=1),
    lambda: functools.cache(user_function=len),
    lambda: functools.cache(len)("abc"),
    lambda: functools.lru_cache(1, False, 3),
    lambda: functools.lru_cache(x=1),
    lambda: functools.lru_cache(5, maxsize=3),
    lambda: functools.lru_cache(maxsize=2)(abs)(-3),
    lambda: functools.lru_cache(None, False)(abs)(-4),
    lambda: functools.wraps(),
    lambda: functools.wraps(x=1),
    lambda: functools.wraps(len, 1, 2, 3),
    lambda: functools.total_ordering(),
    lambda: functools.total_ordering(1),
    lambda: functools.total_ordering(len) is len,
    lambda: functools.total_ordering(int, int),
    lambda: functools.total_ordering(cls=1, x=2),
    lambda: functools.total_ordering(cls=3),
    lambda: functools.wraps(wrapped=len)(lambda: 0).__name__,
    lambda: namedtuple(),
    lambda: namedtuple("P"),
    lambda: namedtuple("P", "x y", True),
    lambda: namedtuple("P", "x y", x=1),
    lambda: namedtuple("P", field_names="x", typename="Q"),
    lambda: namedtuple(typename="P", field_names="x y")(1, 2),
    lambda: namedtuple("P", "x", rename=True, defaults=[0])(),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
