d = {"a": 1, "b": 2}
k, v, items = d.keys(), d.values(), d.items()
print(k, v, items, len(k))
d["c"] = 3
print(k, v, items, len(items))
print("a" in k, 2 in v, ("a", 1) in items, ("a", 2) in items)
print(list(k), sorted(v), list(reversed(k)))
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), k == {"a", "b", "c"})
for key, val in d.items():
    print(key, val)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
