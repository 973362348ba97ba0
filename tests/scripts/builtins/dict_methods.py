d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d, d.pop("a"), d.pop("zz", "none"), d.popitem(), d)
print(dict.fromkeys("xy", 0), dict.fromkeys([1, 2]), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"))
e = d.copy(); e["new"] = 1
print(d, e, len(e), "new" in e, "new" in d)
d.clear()
print(d)
for call in [lambda: {}.pop("x"), lambda: {}.popitem(), lambda: dict([(1, 2, 3)]), lambda: dict([1])]:
    try:
        call()
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
