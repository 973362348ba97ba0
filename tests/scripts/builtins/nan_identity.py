# A NaN is not equal to itself, but containers test identity first: the very
# same NaN is found in a list, a tuple, a set and a dict. Two NaNs made by two
# float("nan") calls are two objects (a set with one once hung the engine).
n = float("nan")
print(n == n, n is n, n is float("nan"))
print(n in [n], n in (n,), n in {n}, n in {n: 1})
print([n] == [n], (n, 1) == (n, 1), [n].count(n), [1, n].index(n))
print({n: "found"}[n], len({n, n}), len({float("nan"), float("nan")}))
d = {float("nan"): 1, float("nan"): 2}
print(len(d), sorted(d.values()))
s = {n}
s.add(n)
s.discard(float("nan"))
print(len(s), 0.0 in {-0.0}, [0.0].index(-0.0))
