# OrderedDict, Counter and defaultdict show dict in __mro__ and __bases__ as CPython's do, and still find only their own methods
from collections import OrderedDict, Counter, defaultdict
for k in (OrderedDict, Counter, defaultdict):
    print(k.__mro__, k.__bases__)
    x = k()
    print(isinstance(x, dict), issubclass(k, dict), type(x).__mro__[-1])
    try:
        x.nope
    except AttributeError as e:
        print("AttributeError:", e)
class Tally(Counter):
    def total2(self):
        return sum(self.values())
t = Tally("aab")
print(Tally.__mro__, t.total2(), t)
match t:
    case dict():
        print("a dict")
print(super(Counter, Counter("ab")).__class__)
