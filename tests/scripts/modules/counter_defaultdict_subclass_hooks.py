# Counter and defaultdict subclasses: update/subtract/__init__ go through an overridden get or __setitem__, a missing key through type(self).__missing__ (defaultdict's stores via self[key] = value), as collections' Python code and dict_subscript do
from collections import Counter, defaultdict
class LoudC(Counter):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
c = LoudC("abca")
print(c)
c.update("ab")
c.update({"z": 2})
print(c)
c.subtract("a")
print(c)
class LoudD(defaultdict):
    def __setitem__(self, k, v):
        print("dset", k, v)
        super().__setitem__(k, v)
d = LoudD(int, {"q": 1})
d["x"] += 1
d.update(y=2)
print(d["w"], dict(d))
class G(Counter):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
g = G("ab")
print(g)
class M(Counter):
    def __missing__(self, key):
        return "none of " + key
m = M("a")
print(m["a"], m["q"], "q" in m)
class N(defaultdict):
    def __missing__(self, key):
        return key * 2
n = N(list)
print(n["ab"], dict(n))
c0 = Counter()
for f in (lambda: c0.__missing__('a'), lambda: c0.__missing__(), lambda: c0.__missing__(1, 2), lambda: c0["x"]):
    try:
        print(f())
    except TypeError as e:
        print(e)
dd = defaultdict(None)
try:
    dd["k"]
except KeyError as e:
    print("KeyError", e)
