# match: class patterns (positional via __match_args__, keyword), or-patterns, guards, `as`.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Plain:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d point on the floor at {x},{y}"
        case Point(x=0, y=yy):
            return f"on the y axis at {yy}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point(x, _) as pt if x < 0:
            return f"left half: {pt}"
        case Point(int(), float() as f):
            return f"float y {f}"
        case Point():
            return "some point"
        case Plain(a=1 | 2 as a):
            return f"plain with a={a}"
        case int(n) | float(n) if n > 100:
            return f"big number {n}"
        case int(n) | float(n):
            return f"number {n}"
        case str() | bytes():
            return "text"
        case bool(b):
            return "never reached, bools are ints"
        case [Point(x1, y1), Point(x2, y2)] if (x1, y1) == (x2, y2):
            return "two equal points"
        case (1 | 2 | 3) as small, *others:
            return f"starts small {small} {others}"
        case _:
            return "unknown"

for p in [Point(0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 5), Point(4, 4), Point(-2, 1),
          Point(1, 2.5), Point(1, 2), 7, 7.5, 1000, True, "s",
          [Point(1, 1), Point(1, 1)], [Point(1, 1), Point(2, 1)], [2, 9, 9], [4], None]:
    print(p, "->", where(p))
print(where(Plain()))

# Or-patterns binding the same names in a different order.
def swap(v):
    match v:
        case (a, 1, b) | (b, 2, a):
            return (a, b)
    return None

print(swap((10, 1, 20)), swap((10, 2, 20)), swap((10, 3, 20)))

# The guard runs after the names are bound; a failing guard keeps them bound.
match [5, 6]:
    case [first, second] if first > second:
        print("descending")
    case _:
        print("guard failed, first is", first, "second is", second)

# Nested `as` and wildcard inside class patterns.
match Point(Point(1, 2), 3):
    case Point(Point(_, y) as inner, _):
        print("inner", inner, "y", y)
