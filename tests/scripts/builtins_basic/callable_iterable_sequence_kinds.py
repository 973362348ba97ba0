# callable(), iter()/isinstance(Iterable) and `n * x` over every kind of object, as CPython's type slots answer them
import collections
from collections.abc import Iterable

def gen():
    yield 1

class Plain:
    pass

class WithCall:
    def __call__(self):
        return "called"

class WithIter:
    def __iter__(self):
        return iter([1])

attr_call = Plain()
attr_call.__call__ = lambda: "attr"

values = [
    ("int", 5), ("float", 1.5), ("bool", True), ("None", None), ("big int", 10 ** 30),
    ("str", "ab"), ("bytes", b"ab"), ("bytearray", bytearray(b"ab")), ("list", [1]),
    ("tuple", (1,)), ("dict", {1: 2}), ("set", {1}), ("frozenset", frozenset({1})),
    ("range", range(2)), ("slice", slice(1)), ("function", gen), ("builtin", len),
    ("bound method", [].append), ("class", Plain), ("generator", gen()),
    ("list iterator", iter([1])), ("map", map(abs, [1])), ("property", property()),
    ("staticmethod", staticmethod(len)), ("classmethod", classmethod(len)),
    ("module", collections), ("instance", Plain()), ("instance with __call__", WithCall()),
    ("instance attribute __call__", attr_call), ("instance with __iter__", WithIter()),
    ("complex", 1j), ("Ellipsis", ...),
]
for name, v in values:
    try:
        twice = 2 * v
        repeated = "repeats" if not isinstance(twice, (int, float, complex)) else "multiplies"
    except TypeError as e:
        repeated = "TypeError: " + str(e)
    try:
        star = [*v]
        unpacked = "unpacks %d" % len(star)
    except TypeError as e:
        unpacked = "TypeError: " + str(e)
    print(name, callable(v), isinstance(v, Iterable), repeated, unpacked, sep=" | ")

print(staticmethod(len)([1, 2, 3]), staticmethod(max)(1, key=None, *[4]))
print(staticmethod(len).__wrapped__ is len)
print(WithCall()())
for factory in (attr_call, Plain(), 5):
    try:
        collections.defaultdict(factory)
    except TypeError as e:
        print("defaultdict:", e)
d = collections.defaultdict(staticmethod(lambda: "made"))
print(d["k"])
try:
    classmethod(len)([1])
except TypeError as e:
    print("TypeError:", e)
