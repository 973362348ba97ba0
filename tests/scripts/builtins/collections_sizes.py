import sys, functools
from collections import deque, Counter, defaultdict, namedtuple
P = namedtuple("P", "x y z")
d = {1: 2}
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(10))), sys.getsizeof(deque(range(40))), sys.getsizeof(deque(range(200))))
for n in [0, 1, 5, 6, 20, 100]:
    c = Counter(); dd = defaultdict(int)
    for i in range(n):
        c[i] += 1
        dd[i] += 1
    print(n, sys.getsizeof(c), sys.getsizeof(dd))
print(sys.getsizeof(P(1, 2, 3)), sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(functools.partial(print)))
