# type.mro(), sys.version_info's fields, a namedtuple field that cannot be
# set, and super() outside a method: each as CPython answers it.
import sys
from collections import namedtuple


class Animal:
    pass


class Dog(Animal):
    pass


print(Dog.mro())
print(type.mro(Dog) == list(Dog.__mro__))
try:
    Dog.mro(1)
except TypeError as e:
    print("TypeError:", e)

v = sys.version_info
print(v[:2], v.major, v.minor, v >= (3, 8), len(v), type(v).__name__)
print(repr(v).split(", micro")[0])  # the micro version is the machine's
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError:", e)

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(Point.x)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)


def no_arguments():
    return super()


def with_argument(x):
    return super()


for f in (no_arguments, lambda: with_argument(1)):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
