# namedtuple's _make() classmethod (exactly one item per field, TypeError otherwise) and
# _field_defaults, as CPython's collections.namedtuple gives them.
from collections import namedtuple
Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0, 1])
print(Point._make([1, 2]), Point._make(iter((3, 4))), Point._make(range(2)), P3._make("abc"))
print(P3._field_defaults, Point._field_defaults, P3(5), Point._fields)
p = Point(1, 2)
print(p._make([7, 8]), type(p._make([0, 0])).__name__)
for bad in [[1], [1, 2, 3]]:
    try:
        Point._make(bad)
    except TypeError as e:
        print(e)
class Vec(Point):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vec._make([3, 4])
print(v, v.norm(), type(v).__name__)
rows = [("ann", 31), ("bo", 25)]
Person = namedtuple("Person", "name age")
people = list(map(Person._make, rows))
print(people, sorted(people, key=lambda p: p.age)[0].name)
def records(rows):
    for r in rows:
        yield Person._make(r)
print([p.name.title() for p in records(rows)])
