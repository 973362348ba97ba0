seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for trial in range(60):
    a = set(rnd(200) for _ in range(rnd(30)))
    b = set(rnd(200) for _ in range(rnd(30)))
    lb = [rnd(200) for _ in range(rnd(10))]
    c = a.copy(); c.intersection_update(b)
    d = a.copy(); d.difference_update(lb)
    e = a.copy(); e.symmetric_difference_update(b)
    f = a.copy(); f.update(lb)
    print(a.union(b), a.intersection(b), a.intersection(lb), a.difference(b), a.difference(lb), a.symmetric_difference(b),
          a.symmetric_difference(lb), c, d, e, f, a.union(lb, b), a.copy(), frozenset(a).union(b))
