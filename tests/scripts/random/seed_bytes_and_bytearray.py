# random.seed and Random() take bytes and bytearray as CPython's version 2 does (int.from_bytes(b + sha512(b).digest())), and bytes in version 1 as latin-1 text; they raised "The only supported seed types are ... bytes, and bytearray"
import random, inspect
from functools import partial
for seed in (b"ab", bytearray(b"ab"), b"", bytearray(), b"\xff\x00", "ab", "\xe9"):
    random.seed(seed)
    a = random.random()
    random.seed(seed, version=1) if not isinstance(seed, bytearray) else None
    b = random.random()
    print(repr(seed), a, b, random.randrange(1000))
r = random.Random(b"xyz")
print(r.random(), r.choice("abcdef"))
