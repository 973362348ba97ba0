class V:
    def __init__(self, x): self.x = x
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x
    def __add__(self, other):
        if isinstance(other, (int, float, complex)):
            return V(self.x + other)
        return NotImplemented
    def __repr__(self): return f"V({self.x})"
print(V(1) == V(1), V(1) == 1, V(1) != V(2), V(2) + 3)
print(NotImplemented, repr(NotImplemented), Ellipsis, __debug__, isinstance(2.0, complex))
try:
    V(1) + "s"
except TypeError as e:
    print(e)
try:
    exit(3)
except SystemExit as e:
    print("exit", e.code)
