# A Counter whose counts do not order (None beside ints) prints in its dict order, as Counter.__repr__ falls back on TypeError.
from collections import Counter
c = Counter("abca")
c.setdefault("z")
c.setdefault(7)
print(c)
print(Counter({"x": None, "y": 2}))
print(Counter(a=3, b=1))
