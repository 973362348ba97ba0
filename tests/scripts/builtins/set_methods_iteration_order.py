# The set methods, and the set operators on dict views (keys() and items()
# are set-like), on pseudo-random data: the results and their iteration order.
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

# dict views, with their own seed
seed = 777
for trial in range(40):
    d = {rnd(100): rnd(5) for _ in range(rnd(20))}
    s = set(rnd(100) for _ in range(rnd(25)))
    l = [rnd(100) for _ in range(rnd(8))]
    e = {rnd(100): 0 for _ in range(rnd(10))}
    print(d.keys() & s, d.keys() & l, d.keys() | s, d.keys() - l, d.keys() ^ s, d.keys() & e.keys(), d.keys() - e.keys(),
          d.items() & {(1, 1), (2, 0)}, d.keys() == set(d), len(d.items() | set()))
