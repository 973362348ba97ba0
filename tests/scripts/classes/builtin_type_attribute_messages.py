# a missing or read-only attribute of a C module's type names it by tp_name, as CPython does: type object 'collections.deque', immutable type 'functools.partial'
import collections
import functools

for cls in (collections.deque, collections.OrderedDict, collections.defaultdict, functools.partial,
            list, map):
    try:
        cls.nope
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        cls.nope = 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        del cls.nope
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
