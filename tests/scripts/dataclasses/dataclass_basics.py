# @dataclass generates __init__, __repr__ and __eq__ from the annotations,
# with defaults, field(default_factory=...) and __post_init__.
from dataclasses import dataclass, field, fields, asdict

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point.y)
p.x = 10
print(p)

@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)
    count: int = field(default=0)

a, b = Basket("ann"), Basket("bob")
a.items.append("apple")
print(a, b, a.items is b.items)
print([f.name for f in fields(Basket)])
print(asdict(Basket("cy", [Point(1, 2)], 3)))

@dataclass
class Temp:
    celsius: float
    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32
    def describe(self):
        return f"{self.celsius}C"

t = Temp(100)
print(t, t.fahrenheit, t.describe())

@dataclass
class Point3(Point):
    z: int = 0

print(Point3(1, 2, 3), Point3(1))
print(Point.__hash__)
