# sys.getsizeof of numbers and strings: what 64-bit CPython 3.11 prints.
import sys

for value in [0, 1, -1, 255, 256, 257, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**63, 2**100, -2**100, 10**100]:
    print(value if abs(value) < 10**20 else "big", sys.getsizeof(value))

print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None))
print(sys.getsizeof(1.5), sys.getsizeof(float("inf")))

for text in ["", "a", "hello", "hello world", "x" * 100, "caf\u00e9", "\u00e9" * 10, "\u20ac", "abc\u20ac", "\U0001F600" * 3]:
    print(len(text), sys.getsizeof(text))
print(sys.getsizeof(str(12345)), sys.getsizeof("-".join(["a", "b", "c"])))
