# An instance's __dict__ is a split table in CPython 3.11: the class keeps one
# table of attribute names (at most 30) that all its instances' dicts share,
# and sys.getsizeof counts only the values array, 64 + 8 * (keys + usable).
# Every new instance takes one from usable, so the size depends on how many
# instances the class has made; a key that does not fit makes that dict a
# table of its own.
import sys
from collections import deque

size = sys.getsizeof


class Empty:
    pass


a = Empty()
print("first, no attributes", size(a.__dict__))
b = Empty()
print("after a second instance", size(a.__dict__), size(b.__dict__))
a.x = 1
print("an attribute added", size(a.__dict__), size(b.__dict__))
many = [Empty() for _ in range(40)]
print("after 40 more", size(a.__dict__), size(many[-1].__dict__))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print("Point", size(p.__dict__), size(vars(p)))
q = Point(3, 4)
del q.x
print("attribute deleted", size(q.__dict__), size(p.__dict__))
q.x = 5
q.z = 6
print("re-added, new key", size(q.__dict__), len(q.__dict__))
d = Point(0, 0).__dict__
d["w"] = 1
print("key added through the dict", size(d))
d[5] = 1
print("non-str key", size(d), size(p.__dict__))
r = Point(7, 8)
r.__dict__.pop("x")
print("pop", size(r.__dict__))
r.__dict__.popitem()
print("popitem", size(r.__dict__))
s = Point(1, 1)
s.__dict__.clear()
print("clear", size(s.__dict__))
s.again = 1
print("after clear", size(s.__dict__))
t = Point(2, 2)
print("copies", size(t.__dict__.copy()), size(dict(t.__dict__)), size({**t.__dict__}), size(t.__dict__ | {}))
u = Point(3, 3)
u.__dict__.update({"a": 1, "b": 2})
print("update", size(u.__dict__))
e = Empty()
e.__dict__.update({"a": 1})
print("update of an empty one", size(e.__dict__))


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "k%d" % i, i)


w = Wide(35)
print("35 attributes", size(w.__dict__), len(w.__dict__))
for m in [0, 1, 3, 6, 11]:
    v = Wide(m)
    print("after the keys are full", m, size(v.__dict__), end=" ")
    v.extra = 1
    print(size(v.__dict__))


class Base:
    def __init__(self):
        self.a = 1


class Derived(Base):
    pass


x, y = Base(), Derived()
print("subclass keys are its own", size(x.__dict__), size(y.__dict__))


class Error(Exception):
    pass


err = Error()
err.detail = 1
print("exception dict", size(err.__dict__))


class Queue(deque):
    pass


qa = Queue()
qa.tag = 1
qb = Queue()
print("deque subclass", size(qa.__dict__), size(qb.__dict__))


class Slotted:
    __slots__ = ("a", "b")


class Sub(Slotted):
    __slots__ = ()


print("classes", size(Empty), size(Point), size(Error), size(Queue), size(Slotted), size(Sub))
