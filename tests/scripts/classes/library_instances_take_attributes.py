# setting an attribute on instances of the library's types: partial, Random, the context managers, Counter and OrderedDict take it as CPython's do; deque, defaultdict and namedtuples refuse with CPython's type name
from collections import deque, defaultdict, Counter, OrderedDict
import functools, random, contextlib, collections, sys
for obj in (deque(), defaultdict(), Counter(), OrderedDict()):
    try:
        obj.note = 1
        print(type(obj).__name__, "takes", obj.note, hasattr(obj, "__dict__"))
    except AttributeError as e:
        print("AttributeError:", e)
P = collections.namedtuple("P", "x")
objs = [functools.partial(print), random.Random(1), contextlib.suppress(), contextlib.nullcontext(), P(1), collections.deque(), ValueError()]
for o in objs:
    try:
        o.note = 1
        print(type(o).__name__, "takes", o.note)
    except AttributeError as e:
        print("AttributeError:", e)
p = functools.partial(print, 1)
p.note = 5
print(p.__dict__, vars(p))
r = random.Random(3); r.label = "x"; print(r.label, r.randint(1, 9) == random.Random(3).randint(1, 9))
print(sys.stdout.__class__.__name__)
class D(collections.deque): pass
d = D(); d.note = 2; print(d.note)
