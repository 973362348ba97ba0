# Counter's + - | & and += -= |= &=, update/subtract and elements() follow collections' Python code (order of operands, negative counts, mapping-like others, lazy repeat); deque index/defaultdict argument errors; default_factory is writable.
from collections import Counter, deque, defaultdict, namedtuple
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def iop(op, other):
    def f():
        c = Counter(a=2, b=1, z=-1)
        if op == '+': c += other
        if op == '-': c -= other
        if op == '|': c |= other
        if op == '&': c &= other
        return c
    return f
for other in (Counter(a=1, c=3), {'a': 5, 'b': -4}, 1, [1], None, {'a': 1}):
    for op in '+-|&':
        t(iop(op, other))
def same():
    c = Counter(a=1)
    c2 = c
    c += Counter(b=1)
    return c is c2, c
t(same)
t(lambda: Counter(a=1) - Counter(b=-2, a=3))
t(lambda: Counter(a=1) + Counter(b=-2))
t(lambda: Counter({'a': 'x'}) + Counter({'a': 'y'}))
t(lambda: Counter(a=[1]) + Counter(a=[2]))
t(lambda: Counter(a=1).update({'a': 'x'}))
t(lambda: Counter().update({'a': 'x'}))
def upd():
    c = Counter()
    c.update({'a': 'x'})
    c.update('b')
    c.update(b=2)
    c.subtract(b=1, a='')
    return c
t(upd)
t(lambda: Counter(a=1.5).subtract({'a': 1}))
def sub():
    c = Counter(a=1.5)
    c.subtract({'a': 1}, b=2)
    c.subtract('aa')
    return c
t(sub)
P = namedtuple('P', 'x y')
t(lambda: Counter(P(1, 1)))
t(lambda: Counter(Counter(a=2)))
t(lambda: list(Counter(a=2.0).elements()))
t(lambda: list(Counter(a=True, b=-1, c=0, d=2).elements()))
e = Counter(a=2.0).elements()
print(type(e).__name__)
t(lambda: deque('ab')[2**70])
t(lambda: deque('ab')[-2**70])
t(lambda: defaultdict(int, [(1, 2)], [(3, 4)]))
t(lambda: defaultdict(int, [(1, 2)], x=1))
d = defaultdict(int)
d.default_factory = list
d["x"].append(1)
print(d)
d.default_factory = None
try:
  d["y"]
except KeyError as e: print("KeyError", e)
d.default_factory = 5
print(d.default_factory)
try:
  d["z"]
except TypeError as e: print(e)
class DD(defaultdict): pass
q = DD()
q.default_factory = str
print(repr(q["k"]), q)
