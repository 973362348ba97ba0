# match: a namedtuple's class pattern takes positional sub-patterns through __match_args__ (the same tuple as _fields); it was missing, so P(a, b) was refused
from collections import namedtuple
P = namedtuple("P", "x y")
print(P.__match_args__, P.__match_args__ is P._fields)
def moves(points):
    for p in points:
        match p:
            case P(0, 0):
                yield "origin"
            case P(x, 0):
                yield f"on the x axis at {x}"
            case P(x=0, y=y):
                yield f"on the y axis at {y}"
            case P(a, b):
                yield f"at {a}, {b}"
print(list(moves([P(0, 0), P(3, 0), P(0, 4), P(5, 6)])))
try:
    match P(1, 2):
        case P(a, b, c):
            pass
except TypeError as e:
    print(e)
