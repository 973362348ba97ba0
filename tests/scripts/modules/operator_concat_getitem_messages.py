# operator's functions as _operator's: concat refuses a number, dict or range ("can't be concatenated") and adds sequences, getitem is x[k] (a TypeError for an int, not a missing __getitem__), index gives an exact int, and the keyword and count errors name _operator.f().
import operator
from collections import deque, Counter, OrderedDict
class Seq:
    def __getitem__(self, i):
        return i
    def __add__(self, other):
        return "Seq+" + repr(other)
cases = [
    lambda: operator.concat([1], [2]), lambda: operator.concat("a", "b"), lambda: operator.concat((1,), (2,)),
    lambda: operator.concat(b"a", b"b"), lambda: operator.concat(1, 2), lambda: operator.concat(1.5, 2),
    lambda: operator.concat({1: 2}, {3: 4}), lambda: operator.concat([1], 5), lambda: operator.concat("a", 1),
    lambda: operator.concat(deque([1]), deque([2])), lambda: operator.concat(Seq(), [1]),
    lambda: operator.concat(Counter(a=1), Counter(b=2)), lambda: operator.concat(OrderedDict(), [1]),
    lambda: operator.concat(range(2), range(3)), lambda: operator.concat(x=1),
    lambda: operator.getitem(1, 2), lambda: operator.getitem([1, 2], 1), lambda: operator.getitem({"a": 1}, "b"),
    lambda: operator.getitem("abc", slice(1, None)), lambda: operator.getitem(Seq(), 7),
    lambda: operator.itemgetter(1)(5), lambda: operator.itemgetter(0, 2)("abc"),
    lambda: operator.add(x=1), lambda: operator.not_(), lambda: operator.truth(1, 2), lambda: operator.neg(x=1),
    lambda: operator.index(), lambda: operator.index(2.5), lambda: operator.index(True),
    lambda: operator.eq(1), lambda: operator.is_(x=1), lambda: operator.contains([1], 1, 2),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
