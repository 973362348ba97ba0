# dataclasses: field(init=, repr=, compare=, hash=, kw_only=), kw_only=True,
# KW_ONLY, ClassVar (not a field), InitVar and __post_init__, __match_args__.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar

@dataclass
class Item:
    name: str
    price: float = field(default=1.0, repr=False)
    tags: list = field(default_factory=list, compare=False)
    code: int = field(init=False, default=7)
    serial: int = field(init=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Item.count += 1
        self.serial = Item.count

a = Item("pen")
b = Item("pen", 1.0, ["blue"])
print(a, a.price, a.code, a.serial, Item.count)
print(b, b.serial)
print("equal despite tags:", a == b, "code compared:", a == Item("pen"))
print([f.name for f in fields(Item)])
print([(f.name, f.init, f.repr, f.compare) for f in fields(Item)])
print("count" in Item.__dataclass_fields__, Item.__match_args__)
try:
    Item("pen", 2.0, [], 5)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Scaled:
    base: int
    factor: InitVar[int] = 2
    result: int = field(init=False)

    def __post_init__(self, factor):
        self.result = self.base * factor

print(Scaled(3), Scaled(3, 10), Scaled(base=4, factor=5).result)
print([f.name for f in fields(Scaled)], Scaled.__match_args__)

@dataclass(kw_only=True)
class Options:
    verbose: bool
    level: int = 1

print(Options(verbose=True), Options(level=3, verbose=False))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
try:
    Options()
except TypeError as e:
    print("TypeError:", e)
print(Options.__match_args__)

@dataclass
class Mixed:
    x: int
    y: int = field(kw_only=True, default=0)
    z: int = 4

print(Mixed(1, 2, y=3), Mixed(1), Mixed.__match_args__)

@dataclass
class Marker:
    a: int
    _: KW_ONLY
    b: int
    c: int = 9

print(Marker(1, b=2), [f.name for f in fields(Marker)])
try:
    Marker(1, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class P:
    x: int
    y: int = field(default=0, hash=False)

p = P(1, 2)
print(p, hash(p) == hash(P(1, 5)), p == P(1, 2))
match p:
    case P(1, y):
        print("matched a frozen dataclass, y =", y)
