# Tuples, dicts and sets: sizes as CPython 3.11 reports them while they grow.
import sys

for n in [0, 1, 2, 3, 10]:
    print("tuple", n, sys.getsizeof(tuple(range(n))))

d = {}
last = sys.getsizeof(d)
print("dict", 0, last)
for i in range(100):
    d[i] = i
    if sys.getsizeof(d) != last:
        last = sys.getsizeof(d)
        print("dict", len(d), last)

names = {}
last = sys.getsizeof(names)
for i in range(50):
    names["k" + str(i)] = i
    if sys.getsizeof(names) != last:
        last = sys.getsizeof(names)
        print("str-keyed dict", len(names), last)

s = set()
last = sys.getsizeof(s)
print("set", 0, last)
for i in range(100):
    s.add(i)
    if sys.getsizeof(s) != last:
        last = sys.getsizeof(s)
        print("set", len(s), last)
print(sys.getsizeof(frozenset()), sys.getsizeof({1, 2, 3}), sys.getsizeof(set(range(5))))
print(sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}), sys.getsizeof({i: i for i in range(6)}))
