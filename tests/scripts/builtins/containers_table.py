lists = [[], [1], [3, 1, 2], [1, 1, 2, 2, 3], ["b", "a"], [[1], [0]]]
for l in lists:
    row = []
    for name, args in [("count", (1,)), ("index", (1,)), ("copy", ()), ("__len__", ()), ("__contains__", (1,)),
                       ("__getitem__", (0,)), ("__getitem__", (slice(None, None, -1),)), ("__getitem__", (slice(1, 10, 2),))]:
        try:
            row.append(repr(getattr(l, name)(*args)))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    c = list(l)
    try:
        c.sort()
        row.append(repr(c))
    except TypeError as e:
        row.append(str(e))
    c.reverse(); row.append(repr(c))
    c.insert(-1, "x"); row.append(repr(c))
    print(" ".join(row))
dicts = [{}, {"a": 1}, {1: "x", 2: "y", 3: "z"}, {(1, 2): [3]}]
for d in dicts:
    e = d.copy()
    print(repr(d), list(d), list(d.values()), list(d.items()), d.get(1), d.get("a", "-"), len(d),
          e.setdefault("k", 0), e.pop("k"), e.pop("missing", None), sorted(map(repr, e.keys())),
          dict.fromkeys(d, 0), {**d, "new": 1}, d == e)
sets = [set(), {1}, {1, 2, 3}, set([10, 20, 30, 40, 50]), frozenset([5, 6])]
for s in sets:
    print(repr(s), s | {99}, s & {1, 2, 40}, s - {1}, s ^ {1, 100}, s <= {1, 2, 3}, s >= {1}, s.isdisjoint({7}), len(s),
          sorted(s), 1 in s, s.union(), s.intersection({1, 5}, {1}), s.difference([1], (2,)))
r = range(2, 20, 3)
print(r, list(r), r[2], r[-1], r[1:4], r[::-1], len(r), 5 in r, 6 in r, r.index(8), r.count(8), list(range(5, 0)), bool(range(0)))
