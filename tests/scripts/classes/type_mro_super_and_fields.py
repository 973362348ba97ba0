# type.mro(), sys.version_info's fields, a namedtuple field that cannot be
# set, and super() outside a method: each as CPython answers it.
import sys
from collections import namedtuple


class Animal:
    pass


class Dog(Animal):
    pass


def attempt(action):
    try:
        action()
    except (AttributeError, TypeError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)


print(Dog.mro())
print(type.mro(Dog) == list(Dog.__mro__))
attempt(lambda: Dog.mro(1))

v = sys.version_info
print(v[:2], v.major, v.minor, v >= (3, 8), len(v), type(v).__name__)
print(repr(v).split(", micro")[0])  # the micro version is the machine's
attempt(lambda: setattr(v, "major", 4))

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(Point.x)
attempt(lambda: setattr(p, "x", 5))
attempt(lambda: delattr(p, "y"))


def no_arguments():
    return super()


def with_argument(x):
    return super()


attempt(no_arguments)
attempt(lambda: with_argument(1))
