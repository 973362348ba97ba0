# A namedtuple is a tuple: isinstance/issubclass say so, and match treats it as
# a sequence (case (a, b), case [first, *rest]) and as a tuple() class pattern.
from collections import namedtuple

P = namedtuple("P", "x y")


class Labelled(P):
    def label(self):
        return f"({self.x}|{self.y})"


p = P(1, 2)
q = Labelled(3, 4)
print(isinstance(p, tuple), issubclass(P, tuple), isinstance(p, (int, tuple)), isinstance(p, P))
print(isinstance(q, tuple), issubclass(Labelled, tuple), isinstance(q, P), issubclass(tuple, P))
print(isinstance((1, 2), P), isinstance([1, 2], tuple))

for subject in (p, q, (5, 6), [7, 8], P(0, [1, 2])):
    match subject:
        case tuple((0, [a, *rest])):
            print("tuple starting with 0:", a, rest)
        case tuple((a, b)):
            print(type(subject).__name__, "as a tuple:", a, b)
        case [first, *rest]:
            print("a sequence:", first, rest)

match q:
    case Labelled(x=3) as found:
        print(found.label())
