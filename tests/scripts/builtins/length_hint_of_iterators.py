# __length_hint__: how many values an iterator still has, on the built-in
# iterators that know it; zip, map, enumerate and generators have none.
import itertools

it = iter([10, 20, 30])
next(it)
print(it.__length_hint__())
print(iter((1, 2)).__length_hint__(), iter(range(5)).__length_hint__())
d = {"a": 1, "b": 2}
print(iter(d).__length_hint__(), iter(d.values()).__length_hint__(), iter(d.items()).__length_hint__())
print(iter({1, 2, 3}).__length_hint__(), iter("abc").__length_hint__(), iter(b"xy").__length_hint__())
print(reversed([1, 2, 3, 4]).__length_hint__(), itertools.repeat("x", 3).__length_hint__())
for thing in (zip([1], [2]), map(str, [1]), enumerate([1]), (x for x in [1])):
    print(type(thing).__name__, hasattr(thing, "__length_hint__"))
try:
    itertools.repeat("x").__length_hint__()
except TypeError as e:
    print("TypeError:", e)
