# OrderedDict and namedtuple methods called through the class without self say which method needs it (the engine read past the arguments: UB under the sanitizer)
from collections import OrderedDict, namedtuple
P = namedtuple("P", "x y")
for call in (lambda: OrderedDict.move_to_end(key=1), lambda: OrderedDict.move_to_end(), lambda: OrderedDict.popitem(),
             lambda: P.count(), lambda: P.index(), lambda: P(1, 2).count(1), lambda: P(1, 2).index(2),
             lambda: OrderedDict(a=1).move_to_end("a", last=False), lambda: OrderedDict(a=1, b=2).popitem(last=False)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
