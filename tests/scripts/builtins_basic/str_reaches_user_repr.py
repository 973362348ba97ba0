# str() and print() of a bound method or a slice show the __repr__ of the object inside, as repr() does.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def norm(self):
        return abs(self.x) + abs(self.y)

p = Point(1, 2)
print(p.norm)
print(str(p.norm) == repr(p.norm))
print(slice(p, Point(3, 4)))
print(f"{slice(None, p)}", "%s" % (slice(p),))
print([p.norm][0] == p.norm, str([slice(p)]))
