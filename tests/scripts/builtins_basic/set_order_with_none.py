# Sets holding None, Ellipsis or NotImplemented iterate in CPython's order: their hashes have python3's low bits.
import random
random.seed(7)
pool = [None, ..., NotImplemented, True, False, 0, 1, 2, 3, 5, 6, 7, 8, 13, 14, 15, 16, 17, 31, 62, 63, 64, 65, 100, 127, 128, 1000, 3000, 3006, -1, -2, 2.5]
for _ in range(120):
    items = random.sample(pool, random.randint(1, 20))
    s = set(items)
    print(s, frozenset(items) == s, {x: 1 for x in s} == dict.fromkeys(s, 1))
    s.discard(None)
    s.add(None)
    print(list(s))
