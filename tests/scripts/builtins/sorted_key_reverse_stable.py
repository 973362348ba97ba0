data = [("b", 2), ("a", 2), ("c", 1), ("d", 3)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=True))
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower))
lst = [5, 2, 9, 1]
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([1, 2], [3])
except TypeError as e:
    print(e)
class Key:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f"Key({self.v})"
print(sorted([Key(3), Key(1), Key(2)]))
