# A generator's sys.getsizeof counts its frame's stack (co_stacksize): a call
# with keyword arguments needs no stack slot for the names (CPython's KW_NAMES).
import sys
def a():
    yield dict(a=1)
def b():
    yield f(1, 2, a=1, b=2)
def c(o):
    yield o.meth(a=1)
def d(o):
    yield o.meth(1, 2, 3, a=1)
def e():
    x = yield print(1, 2, sep=",", end="")
def f(*a, **k):
    yield sorted([3, 1], key=lambda v: v, reverse=True)
def g():
    yield dict(a=dict(b=dict(c=1)))
def h():
    yield [str(x) for x in range(3)], max(1, 2, key=abs)
class O:
    def meth(self, *a, **k): return 1
for fn in (a, b, e, f, g, h):
    print(fn.__name__, sys.getsizeof(fn()))
print(sys.getsizeof(c(O())), sys.getsizeof(d(O())))
