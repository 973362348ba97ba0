# A class keeps the __qualname__ its class statement gives it: a class in a
# class prints as <class '__main__.A.B'>, one in a function as
# <class '__main__.f.<locals>.C'>, and instances and tracebacks say so too.
# The engine used to print the bare name (<class '__main__.B'>).
from dataclasses import dataclass


class A:
    class B(Exception):
        pass

    class Inner:
        class Deeper:
            def method(self):
                return "deep"

    @dataclass
    class Point:
        x: int


def f():
    class C:
        def m(self):
            pass

    def g():
        def h():
            pass
        return h

    return C, g


C, g = f()
print(A.B, A.B.__name__, A.B.__qualname__, A.B.__module__, repr(A.B("x")), str(A.B("x")))
print(A.Inner.Deeper, A.Inner.Deeper.__qualname__, A.Inner.Deeper.method.__qualname__)
print(C, C.__qualname__, C.__name__, type(C()).__qualname__)
print(repr(C()).split(" object at ")[0], repr(C().m).split(" object at ")[0], repr(g).split(" at ")[0],
      repr(g()).split(" at ")[0], repr(C.m).split(" at ")[0])
print(A.Point(3), A.Point.__qualname__, "__qualname__" in vars(A), "__qualname__" in vars(A.B))
try:
    raise A.B("caught")
except A.B as e:
    print(type(e), type(e).__qualname__, e)

X = type("X", (), {})
Y = type("Y", (), {"__qualname__": "Outer.Y"})
print(X, X.__qualname__, Y, Y.__name__, Y.__qualname__)
A.__qualname__ = "Renamed.A"
print(A, A.__qualname__, A.__name__)
for value in (1, None):
    try:
        A.__qualname__ = value
    except TypeError as e:
        print("TypeError:", e)
try:
    class Bad:
        __qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
