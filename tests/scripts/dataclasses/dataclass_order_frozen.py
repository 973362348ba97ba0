# order=True compares field tuples; frozen=True refuses assignment with
# FrozenInstanceError and makes instances hashable.
from dataclasses import dataclass, FrozenInstanceError

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

vs = [Version(2, 1), Version(1, 5), Version(2, 0)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(3) >= Version(2, 9), max(vs))

@dataclass(frozen=True)
class Card:
    rank: str
    suit: str

c = Card("A", "S")
print(c, hash(c) == hash(Card("A", "S")), {c, Card("A", "S")})
try:
    c.rank = "K"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
