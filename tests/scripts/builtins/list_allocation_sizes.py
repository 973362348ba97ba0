import sys
def g(n):
    for i in range(n):
        yield i
for n in [0, 1, 5, 10, 17, 100]:
    a = []
    a.extend(range(n))
    b = []
    b.extend(g(n))
    c = [0]
    c.extend([1] * n)
    d = list(range(n)); d.pop() if n else None
    e = list(range(n)); e.insert(0, 1)
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof(list(g(n))), sys.getsizeof(list("x" * n)),
          sys.getsizeof(list(tuple(range(n)))), sys.getsizeof(sorted(range(n))), sys.getsizeof(a), sys.getsizeof(b),
          sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(list({i: i for i in range(n)})),
          sys.getsizeof(list(map(str, range(n)))), sys.getsizeof(tuple(g(n))), sys.getsizeof(set(range(n))),
          sys.getsizeof(dict.fromkeys(range(n))), sys.getsizeof([x for x in range(n)]))
