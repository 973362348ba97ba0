# The set operators build their results as CPython 3.11's setobject.c does:
# a | b copies a and merges b (one resize up front), a ^ b is a copy of b
# updated with a, a |= b resizes a once for both, and a copy that loses more
# than a quarter of its table to deletions is rebuilt (a.difference(list)).
import sys

size = sys.getsizeof

for n in [0, 1, 4, 5, 8, 10, 18, 19, 20, 50, 100]:
    a = set(range(n))
    b = set(range(n // 2, n + n // 2))
    c = set(a)
    c |= b
    e = set(a)
    e ^= b
    f = set(a)
    f -= b
    g = set(a)
    g &= b
    print(n, size(a | b), size(a & b), size(a - b), size(a ^ b), size(c), size(e), size(f), size(g))
    print(n, sorted(a ^ b) == sorted(e), size(a.difference(list(b))), size(frozenset(a) | b), size(frozenset(a) ^ b))
    h = set(a)
    h.difference_update(list(b))
    k = set(a)
    k.difference_update(range(n // 4), [n - 1])
    print(n, size(h), size(k), size(a.difference(range(n // 2), [n - 1])))

big = set(range(1000))
small = {1, 2, 3}
print(size(big - small), size(small - big), size(big & small), size(big ^ small), size(small | big))
fs = frozenset(range(10))
fs |= {100}
print(type(fs).__name__, size(fs))
