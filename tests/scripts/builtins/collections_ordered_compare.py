# OrderedDict equality minds the order between two OrderedDicts (not against a
# plain dict), != is its negation, reversed() walks it backwards, and adding
# or removing a key while iterating is "OrderedDict mutated during
# iteration". Counter (3.10+) compares counts with a missing key as 0, orders
# by every count, and has unary + and -. The engine used to answer == with
# dict equality, != by identity, reversed() with a KeyError and the mutation
# with a dict message.
from collections import OrderedDict, Counter, defaultdict

a = OrderedDict([(1, "x"), (2, "y")])
b = OrderedDict([(2, "y"), (1, "x")])
print(a == b, a != b, a == dict(b), dict(b) == a, a != dict(b), a == OrderedDict(a), a != OrderedDict(a))
print(a == OrderedDict([(1, "x")]), a != [1, 2], OrderedDict() == OrderedDict(), OrderedDict() == {})
print(list(reversed(a)), list(reversed(OrderedDict())), list(reversed(a.keys())), list(reversed(a.values())),
      list(reversed(a.items())))
c = OrderedDict.fromkeys("abcd")
del c["b"]
c["e"] = 1
c.move_to_end("a")
print(list(c), list(reversed(c)), [k for k in iter(c)])

changes = [
    ("add", lambda d: d.__setitem__(9, 9)),
    ("delete", lambda d: d.__delitem__(2)),
    ("replace", lambda d: (d.__delitem__(1), d.__setitem__(3, 3))),
    ("move", lambda d: d.move_to_end(1)),
    ("move last to end", lambda d: d.move_to_end(2)),
    ("move first to front", lambda d: d.move_to_end(1, last=False)),
    ("set existing", lambda d: d.__setitem__(1, "z")),
    ("popitem", lambda d: d.popitem()),
    ("clear", lambda d: d.clear()),
]
for name, change in changes:
    for backwards in (False, True):
        d = OrderedDict(a)
        seen = []
        try:
            for k in (reversed(d) if backwards else d):
                seen.append(k)
                if len(seen) == 1:
                    change(d)
            print(name, backwards, "ok", seen, d)
        except RuntimeError as e:
            print(name, backwards, "RuntimeError:", e, seen)

it = iter(a)
a[5] = 5
for attempt in range(2):
    try:
        print(next(it))
    except (RuntimeError, StopIteration) as e:
        print(type(e).__name__, e)

print(Counter(a=0) == Counter(), Counter() == Counter(a=0), Counter(a=0) != Counter(), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) == {"a": 1}, Counter(a=0) == {}, {"a": 1} == Counter(a=1), Counter(a=1) != {"a": 1},
      Counter(a=1) == Counter(a=2), Counter(a=1) != Counter(a=2))
c = Counter(a=3, b=-2, c=0)
print(+c, -c, +Counter(), -Counter(), c)
print(Counter(a=1) <= Counter(a=2), Counter(a=2) <= Counter(a=1), Counter(a=1) < Counter(a=1),
      Counter(a=1) <= Counter(a=1), Counter(a=1, b=0) < Counter(a=1), Counter() < Counter(a=1))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1), Counter(a=1) > Counter(a=1, b=0),
      Counter(a=0) >= Counter(), Counter(b=-1) < Counter(), Counter(a=1.5) > Counter(a=1))
for left, right in ((Counter(), {}), (Counter(), 3), ({}, Counter())):
    try:
        print(left <= right)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(left > right)
    except TypeError as e:
        print("TypeError:", e)
print(list(reversed(Counter("abca"))), list(reversed(defaultdict(int, x=1, y=2))))
print(defaultdict(int, x=1) != {"x": 1}, defaultdict(int) != defaultdict(list))
# clear() passes CPython's state check and fails its size check, every time.
d = OrderedDict(a)
it = iter(d)
next(it)
d.clear()
for attempt in range(2):
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError:", e)
