# dataclasses: a frozen instance refuses assignment and deletion with
# FrozenInstanceError (an AttributeError) and CPython's messages.
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

p = Point(1)
for action in ["assign", "delete", "new"]:
    try:
        if action == "assign":
            p.x = 2
        elif action == "delete":
            del p.y
        else:
            p.z = 3
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))
print(p)

@dataclass(frozen=True)
class Bad:
    a: int
    def __post_init__(self):
        self.a = self.a * 2

try:
    Bad(1)
except AttributeError as e:
    print(type(e).__name__, e)
