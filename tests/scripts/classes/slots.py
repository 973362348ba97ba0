# __slots__: only the declared attributes, no __dict__, and a smaller
# instance (sys.getsizeof: one pointer a slot, no dict).
import sys

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __slots__ = ("z",)

class Empty:
    __slots__ = ()

class Weak:
    __slots__ = "name", "__weakref__"

p = Point(1, 2)
print(sys.getsizeof(p), sys.getsizeof(Plain(1, 2)), sys.getsizeof(Point3(1, 2)), sys.getsizeof(Empty()), sys.getsizeof(Weak()))
print(hasattr(p, "__dict__"), hasattr(Plain(1, 2), "__dict__"))
for action in [lambda: setattr(p, "z", 3), lambda: p.__dict__, lambda: vars(p), lambda: Point3(1, 2).z, lambda: Weak().name]:
    try:
        print(action())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
p.x = 10
print(p.x, p.y, Point.__slots__, type(Point.x).__name__, Point.x)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
q = Point3(4, 5)
q.z = 6
print(q.x, q.y, q.z, getattr(q, "w", "no w"))
for bad in [("x", 1), (1,), ("not id",)]:
    try:
        type("Bad", (), {"__slots__": bad, "x": 0} if bad == ("x", 1) else {"__slots__": bad})
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    class Clash:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)
