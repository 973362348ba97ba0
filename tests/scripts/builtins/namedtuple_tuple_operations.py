# A namedtuple has tuple's +, * and count()/index(), as in CPython (where it subclasses
# tuple): results are plain tuples, bad operands give tuple's TypeErrors.
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, f"{type(e).__name__}: {e}")
show("add", lambda: p + (3,))
show("radd", lambda: (0,) + p)
show("add nt", lambda: p + p)
show("add list", lambda: p + [3])
show("add int", lambda: p + 1)
show("mul", lambda: p * 2)
show("rmul", lambda: 2 * p)
show("mul bad", lambda: p * "a")
show("mul float", lambda: p * 1.5)
show("count", lambda: p.count(1))
show("index", lambda: p.index(2))
show("index missing", lambda: p.index(5))
show("index range", lambda: P(1, 1).index(1, 1))
show("iadd", lambda: (lambda q: (q.__iadd__ if False else None, q))(p))
q = p
q += (9,)
print(q, p, type(q).__name__)
show("sum", lambda: sum([P(1, 2), P(3, 4)], ()))
