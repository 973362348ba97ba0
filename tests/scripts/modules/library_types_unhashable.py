# Library types report CPython's own names in hash and operator errors:
# deque, OrderedDict, defaultdict, Counter and cmp_to_key's KeyWrapper are unhashable.
import collections, functools, itertools
for make in (collections.deque, collections.OrderedDict, collections.defaultdict, collections.Counter,
             lambda: functools.cmp_to_key(lambda a, b: 0)(1)):
    try:
        hash(make())
    except TypeError as e:
        print(e)
print(hash(functools.partial(print)) != 0, hash(itertools.chain()) != 0)
for bad in (lambda: collections.deque(1), lambda: functools.partial(), lambda: collections.deque() + 1,
            lambda: collections.OrderedDict() < 1, lambda: collections.defaultdict(1)):
    try:
        bad()
    except TypeError as e:
        print(e)
k = type(functools.cmp_to_key(lambda a, b: 0)(1))
print(k, k.__name__, k.__module__)
