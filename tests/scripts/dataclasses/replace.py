# dataclasses.replace: a copy with some fields changed, through __init__ and
# __post_init__; init=False fields and unknown names are refused as python3 does.
import dataclasses
from dataclasses import dataclass, field, InitVar, replace
from typing import ClassVar

def attempt(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    kind: ClassVar[str] = "point"

@dataclass
class Counter:
    start: int
    seen: int = field(init=False, default=0)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.start *= scale

p = Point(1, 2)
attempt(1, lambda: replace(p, y=5))
attempt(2, lambda: replace(p))
attempt(3, lambda: replace(p, z=1))
attempt(4, lambda: replace(p, kind="x"))
attempt(5, lambda: replace(Counter(3), start=4))
attempt(6, lambda: replace(Counter(3), seen=1))
attempt(7, lambda: replace(Counter(3, 2)))
attempt(8, lambda: replace(5))
attempt(9, lambda: replace(p, 1))
attempt(10, lambda: replace(p, x=9) == Point(9, 2))
attempt(11, lambda: replace(p).tags is p.tags)
