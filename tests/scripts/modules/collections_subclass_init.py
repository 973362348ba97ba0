# Subclasses of deque/OrderedDict/Counter/defaultdict/namedtuple/exceptions take keyword arguments, and their __init__ (inherited or called through super()) fills the instance, as CPython's tp_new then tp_init.
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
from collections import OrderedDict, Counter, deque, defaultdict
class O(OrderedDict): pass
class C(Counter): pass
class Q(deque): pass
class DD(defaultdict): pass
class E(Exception): pass
t(lambda: O(a=1))
t(lambda: O([('z', 0)], a=1))
t(lambda: C(a=1))
t(lambda: C('ab', a=1))
t(lambda: Q([1], maxlen=2))
t(lambda: Q([1], 2))
t(lambda: Q(iterable=[1]))
t(lambda: DD(int, a=1))
t(lambda: E(a=1))
t(lambda: O(1))
t(lambda: Q(x=1))
t(lambda: DD(x=1))
from collections import OrderedDict, Counter, deque, defaultdict
class Q(deque):
    def __init__(self, n):
        super().__init__([n] * 2)
print(Q(3))
class O(OrderedDict):
    def __init__(self, n, **kw):
        super().__init__(kw)
        self.n = n
print(O(5, a=1), O(5, a=1).n)
class C(Counter):
    def __init__(self, s):
        super().__init__(s * 2)
print(C('ab'))
class DD(defaultdict):
    def __init__(self, x):
        super().__init__(list)
        self.x = x
d = DD(3)
d['a'].append(1)
print(d, d.x)
class E(Exception):
    def __init__(self, code, **kw):
        super().__init__(code)
        self.kw = kw
e = E(1, b=2)
print(repr(e), e.kw)
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
from collections import OrderedDict, Counter, deque, defaultdict, namedtuple
P = namedtuple('P', 'x y')
class P2(P):
    def norm(self): return self.x + self.y
t(lambda: P2(x=1, y=2))
t(lambda: P2(1, y=2).norm())
t(lambda: P2(1))
t(lambda: P2(1, 2, z=3))
class A(AttributeError): pass
t(lambda: A('m', name='x').name)
t(lambda: A('m', bad='x'))
class N(NameError): pass
t(lambda: N('m', name='q').name)
class I(ImportError): pass
t(lambda: (I('m', name='n', path='p').name, I('m', path='p').path))
d = deque([1, 2, 3])
d.__init__([9], 2)
t(lambda: d)
d.__init__()
t(lambda: (d, d.maxlen))
c = Counter('aab')
c.__init__('b')
t(lambda: c)
o = OrderedDict(a=1)
o.__init__([('b', 2)], c=3)
t(lambda: o)
dd = defaultdict(list, a=1)
dd.__init__(int, b=2)
t(lambda: (dd, dd.default_factory))
dd.__init__()
t(lambda: (dd, dd.default_factory))
class Q(deque):
    def __init__(self, *a, **k):
        print('init', a, k)
        super().__init__(*a, **k)
t(lambda: Q([1, 2], maxlen=1))
t(lambda: Q(1))
class C2(Counter):
    pass
t(lambda: C2('abca', b=5))
t(lambda: C2('a', 'b'))
t(lambda: C2().__init__(1, 2))
class O2(OrderedDict):
    def __init__(self):
        super().__init__(z=0)
t(lambda: O2())
t(lambda: O2(1))
class DD2(defaultdict):
    def __init__(self):
        super().__init__(list, [('k', [1])])
t(lambda: DD2()['k'])
t(lambda: DD2()['j'])
class E2(Exception):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
t(lambda: E2(1, x=2))
class E3(KeyError): pass
t(lambda: E3(1, x=2))
t(lambda: E3(1))
class Plain: pass
t(lambda: Plain(1))
t(lambda: Plain(a=1))
class WithNew:
    def __new__(cls, *a, **k): return super().__new__(cls)
t(lambda: type(WithNew(1, a=2)).__name__)
