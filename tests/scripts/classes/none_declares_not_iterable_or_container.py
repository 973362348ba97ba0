# __iter__ = None / __contains__ = None declare a class not iterable / no container (slot_tp_iter, slot_sq_contains, _check_methods); they said 'NoneType' object is not callable
from collections.abc import Iterable
class C:
    __iter__ = None
class D:
    __contains__ = None
class E:
    __iter__ = None
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
class F:
    __contains__ = None
    def __iter__(self): return iter([1, 2])
tests = [
    lambda: [x for x in C()],
    lambda: iter(C()),
    lambda: list(E()),
    lambda: 1 in C(),
    lambda: 1 in D(),
    lambda: 1 in F(),
    lambda: 1 in E(),
    lambda: sorted(C()),
    lambda: [*C()],
    lambda: list(F()),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
def g():
    yield from C()
try:
    next(g())
except TypeError as e:
    print("TypeError:", e)
def f(*a): return a
for t in (lambda: f(*C()), lambda: print(*C()), lambda: isinstance(C(), Iterable), lambda: [*C()], lambda: {*C()}, lambda: dict(C()), lambda: tuple(C()), lambda: sum(C())):
    try: print(t())
    except TypeError as e: print("TypeError:", e)
