# operator.itemgetter, attrgetter and methodcaller are classes as in CPython: their instances print as operator.itemgetter(1), are instances of their class, and word a bad call as CPython does.
import operator
from collections import namedtuple
ig = operator.itemgetter(1)
print(ig, operator.itemgetter(1, "a", (2,)), type(ig).__name__, type(ig))
print(ig([5, 6]), operator.itemgetter(0, 2)("abc"), sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)))
ag = operator.attrgetter("real", "imag")
print(ag, ag(3), operator.attrgetter("__class__.__name__")(1.5), operator.attrgetter("a.b"))
mc = operator.methodcaller("split", ",", maxsplit=1)
print(mc, mc("a,b,c"), operator.methodcaller("upper"), operator.methodcaller("f", 1, 2, x=[3]))
print(isinstance(ig, operator.itemgetter), callable(ig))
for call in [lambda: ig(), lambda: ig(1, 2), lambda: ig(x=1), lambda: operator.itemgetter(),
             lambda: operator.attrgetter(1), lambda: operator.attrgetter(), lambda: ag(1, 2), lambda: mc(),
             lambda: operator.methodcaller(), lambda: operator.methodcaller(3), lambda: operator.itemgetter(x=1),
             lambda: operator.itemgetter(5)([1]), lambda: operator.attrgetter("nope")(1), lambda: mc(x=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
