# Calls with wrong arguments get CPython's message, checked in CPython's order: keywords before the count of positionals.
def f0(): pass
def f1(a): pass
def f2(a, b=2): pass
def f3(a, *args): pass
def f4(a, *, k): pass
def f5(a, /, b): pass
def f6(*, k=1): pass
def f7(a, b, /, c, *, d, e=5, **kw): pass
def f8(**kw): pass
def g1(a):
    yield a
class C:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
    def __init__(self, x): pass
lam = lambda x, y=1: x
funcs = [("f0", f0), ("f1", f1), ("f2", f2), ("f3", f3), ("f4", f4), ("f5", f5), ("f6", f6), ("f7", f7), ("f8", f8),
         ("g1", g1), ("C.m", C(1).m), ("C.s", C.s), ("C.c", C.c), ("C", C), ("lam", lam), ("unbound", C.m)]
calls = [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4, 5), {}), ((), {"a": 1}), ((1,), {"a": 1}),
         ((1,), {"k": 2}), ((), {"k": 2}), ((1, 2), {"b": 3}), ((1,), {"zz": 1}), ((1, 2, 3), {"d": 4}), ((1,), {"b": 2, "c": 3}),
         ((1, 2), {"c": 3, "d": 4, "x": 9}), ((), {"a": 1, "b": 2}), ((1,), {"b": 2, "k": 3, "q": 4}), ((None,), {"self": 1})]
for name, fn in funcs:
    for args, kw in calls:
        try:
            r = fn(*args, **kw)
            print(name, args, kw, "ok")
        except TypeError as e:
            print(name, args, kw, "!!", e)
for bad in (None, 5, "s", [1], (lambda: None)()):
    try:
        bad()
    except TypeError as e:
        print(e)
    try:
        bad.append(1)
    except AttributeError as e:
        print(e)
