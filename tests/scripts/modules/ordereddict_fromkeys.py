# OrderedDict.fromkeys is a classmethod, as dict.fromkeys is.
from collections import OrderedDict

d = OrderedDict.fromkeys("abc", 0)
print(d)
print(OrderedDict.fromkeys([3, 1, 2]))
print(OrderedDict.fromkeys([]))
d.move_to_end("a")
print(list(d))


class Tally(OrderedDict):
    pass


t = Tally.fromkeys(x * x for x in range(3))
print(type(t).__name__, t)
print(OrderedDict().fromkeys("xy", []))
try:
    OrderedDict.fromkeys()
except TypeError as e:
    print("TypeError:", e)
