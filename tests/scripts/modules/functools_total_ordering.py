# functools.total_ordering: one ordering method and __eq__ give all four,
# whichever one the class defines, and NotImplemented passes through.
from functools import total_ordering


def make(root):
    class Version:
        def __init__(self, n):
            self.n = n

        def __eq__(self, other):
            return isinstance(other, Version) and self.n == other.n

        def __repr__(self):
            return f"V{self.n}"

    def compare(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return {"__lt__": self.n < other.n, "__le__": self.n <= other.n,
                "__gt__": self.n > other.n, "__ge__": self.n >= other.n}[root]

    setattr(Version, root, compare)
    return total_ordering(Version)


for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    V = make(root)
    a, b = V(1), V(2)
    print(root, a < b, a <= b, a > b, a >= b, b <= b, b >= b, a < a, sorted([V(3), a, b]), max(a, b))
    try:
        a < 5
    except TypeError as e:
        print("TypeError:", e)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
