# functools.cmp_to_key: an old-style comparison function as a sort key.
from functools import cmp_to_key

def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(max(words, key=cmp_to_key(by_length_then_reverse)))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) <= k(2), k(3) > k(2), k(2) >= k(3), k(2) == k(2), k(1) != k(2))
print(k(5).obj, type(k).__name__ if False else "")
try:
    hash(k(1))
except TypeError as e:
    print("TypeError:", e)
try:
    k(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
