# The errors of generated __init__ and of bad class definitions.
from dataclasses import dataclass, field

@dataclass
class P:
    x: int
    y: int
    z: int = 3

for call in (lambda: P(), lambda: P(1), lambda: P(1, 2, 3, 4), lambda: P(1, 2, w=0), lambda: P(1, 2, x=5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Shared:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
