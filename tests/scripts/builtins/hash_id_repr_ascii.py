print(hash(1), hash(1.0) == hash(1), hash(True), hash(-1), hash((1, 2)) == hash((1, 2)))
print(hash(0.5), hash(2**61), hash(-2**61 - 5))
print(id(len) == id(len), repr("it's"), repr('say "hi"'), ascii("héllo €"), repr([1, "a", None]))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
x = object()
print(id(x) == id(x), type(x).__name__)
# CPython fixes the hash of empty text at 0 whatever the seed, so it can be
# printed, and so can the hashes of tuples and frozensets built from it.
print(hash(""), hash(b""), hash(bytearray(b"x")[:0].decode()), hash(("",)), hash(frozenset({b""})))
print(hash(("", b"", ())), hash("") == hash(b""), hash(frozenset()))
