# dataclasses.InitVar: InitVar[int] and InitVar(int) alike (a Python class's __init__ errors), .type, and InitVar fields passed to __post_init__
from dataclasses import dataclass, field, InitVar
@dataclass
class P:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale
p = P(3)
print(p, P(3, 5))
print(InitVar[int], InitVar(int), type(InitVar(str)).__name__)
for f in (lambda: InitVar(), lambda: InitVar(int, str), lambda: InitVar(type=int), lambda: InitVar(typ=int), lambda: InitVar(int, type=int), lambda: InitVar[int].type, lambda: InitVar(int).type, lambda: InitVar([1])):
    try: print(repr(f()))
    except TypeError as e: print('TypeError', e)
@dataclass
class Q:
    a: int
    b: InitVar(int) = 1
    def __post_init__(self, b):
        self.a += b
print(Q(1), Q(1, 10))
