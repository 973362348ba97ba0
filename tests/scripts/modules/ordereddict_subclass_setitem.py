# OrderedDict.update and its constructor store through a subclass's __setitem__ (MutableMapping.update), as CPython's do
from collections import OrderedDict
class Loud(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
d = Loud()
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d)
e = Loud([("x", 1)], y=2)
print(e)
class Upper(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper(a=1)
u.update(b=2)
u["c"] = 3
print(u, list(u))
d.setdefault("z", 26)
print(d)
