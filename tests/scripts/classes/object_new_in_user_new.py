# object.__new__ exists, as in CPython: super().__new__(cls) in a class's own __new__
# (a singleton, an interning cache), with object_new's TypeErrors for bad calls.
class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance


a, b = Singleton(), Singleton()
print(a is b, type(a).__name__)


class Interned:
    _cache = {}

    def __new__(cls, name):
        if name not in cls._cache:
            obj = object.__new__(cls)
            obj.name = name
            cls._cache[name] = obj
        return cls._cache[name]

    def __init__(self, name):
        print("init", name)

    def __repr__(self):
        return f"Interned({self.name!r})"


x, y, z = Interned("a"), Interned("b"), Interned("a")
print(x is z, x, y, len(Interned._cache))


class Point:
    __slots__ = ("x", "y")

    def __new__(cls, x, y):
        p = super().__new__(cls)
        p.x, p.y = x, y
        return p


p = Point(1, 2)
print(p.x, p.y)


class Base:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


class Child(Base):
    def __init__(self, a, b):
        self.total = a + b


c = Child(2, 3)
print(c.args, c.total, isinstance(c, Base))


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)


class Plain:
    pass


class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls, *a)


attempt("plain", lambda: type(object.__new__(Plain)).__name__)
attempt("extra args plain", lambda: object.__new__(Plain, 1))
attempt("extra args own new", lambda: WithNew(1))
attempt("not a type", lambda: object.__new__(5))
attempt("no args", lambda: object.__new__())
attempt("builtin", lambda: object.__new__(int))
attempt("exception subclass", lambda: object.__new__(type("E", (ValueError,), {})))
attempt("exception", lambda: object.__new__(ValueError))


def gen_instances(cls, n):
    for _ in range(n):
        yield cls()


print(len(set(gen_instances(Singleton, 3))))
