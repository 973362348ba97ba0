# Dicts made from other dicts are sized as CPython 3.11 sizes them:
# PyDict_Copy clones a table with few deleted entries (and merges otherwise),
# dict_merge clones a clean table into an empty dict or resizes once up front,
# and dict.fromkeys presizes for a dict's or a set's keys.
import sys

size = sys.getsizeof


def ints(n):
    return {i: i for i in range(n)}


def strs(n):
    return {"k%d" % i: i for i in range(n)}


for n in [0, 1, 5, 6, 11, 22, 43]:
    d = ints(n)
    print("clean", n, size(d.copy()), size(dict(d)), size({**d}), size(d | {}), size(d | {-1: 0}))
    s = strs(n)
    print("str keys", n, size(s.copy()), size({**s}), size({**s, **d}), size(dict(s, extra=1)))

for n in [6, 11, 20, 50]:
    d = ints(n)
    for k in range(n // 2):
        del d[k]
    print("half deleted", n, size(d), size(d.copy()), size(dict(d)), size({**d}), size(d | {}))
    d = ints(n)
    del d[0]
    print("one deleted", n, size(d), size(d.copy()), size(dict(d)))

for n in [0, 1, 3, 5, 6, 12, 40]:
    print(
        "fromkeys",
        n,
        size(dict.fromkeys(range(n))),
        size(dict.fromkeys(ints(n))),
        size(dict.fromkeys(strs(n))),
        size(dict.fromkeys(set(range(n)))),
        size(dict.fromkeys({"k%d" % i for i in range(n)})),
    )

target = {1: 1}
target.update(ints(20))
print("update", size(target))
target = {}
target.update(ints(20))
print("update empty", size(target))
target = {}
target |= ints(9)
print("ior empty", size(target))
target = {"a": 1}
target |= strs(9)
print("ior", size(target))


def f(**kw):
    return kw


print("kwargs", sorted(f(**ints(0), **{"a": 1})))
try:
    f(**{"a": 1}, **{"b": 2, "a": 3})
except TypeError as e:
    print(e)
