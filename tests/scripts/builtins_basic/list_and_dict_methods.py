# list and dict methods.
xs = [3, 1]
xs.append(4)
xs.extend([1, 5])
xs.insert(0, 9)
print(xs, xs.pop(), xs.index(4), xs.count(1))
xs.sort()
print(xs)
xs.remove(1)
xs.reverse()
print(xs)
d = {"a": 1}
d["b"] = 2
print(d.get("c"), d.get("c", 0), list(d.keys()), list(d.values()), list(d.items()))
d.update({"a": 10})
print(d, d.pop("a"), d, "b" in d, len(d))
print(d.setdefault("z", []), d)
