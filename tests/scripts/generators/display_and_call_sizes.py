# A generator's sys.getsizeof counts its frame's stack (co_stacksize), which
# follows how CPython 3.11 builds displays and calls: a dict with constant
# keys pushes its values and one keys tuple (BUILD_CONST_KEY_MAP), and past
# 30 items (STACK_USE_GUIDELINE) a display or a call's arguments are added
# one at a time instead of all pushed first.
import sys

def const_keys():
    yield {"a": 1, "b": 2, "c": 3, "d": 4}

def big_list(x):
    yield sum([x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x])

def big_call(x):
    yield max(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)

def big_dict(x):
    yield len({1: x, 2: x, 3: x, 4: x, 5: x, 6: x, 7: x, 8: x, 9: x, 10: x, 11: x, 12: x, 13: x, 14: x, 15: x,
           16: x, 17: x, x: 18})

def star_kwargs(x, kw):
    yield dict(*[x], a=x, b=x, **kw)

for g in (const_keys(), big_list(1), big_call(2), big_dict(3), star_kwargs([(0, 0)], {"c": 1})):
    print(g.__name__, sys.getsizeof(g), next(g))
