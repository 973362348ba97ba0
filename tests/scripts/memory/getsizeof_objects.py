# Ranges, iterators, functions, classes and exceptions.
import sys
import itertools

def f():
    pass

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)

p = Point(1, 2)
print(sys.getsizeof(range(10)), sys.getsizeof(range(10**6)))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("")), sys.getsizeof(iter(range(3))))
print(sys.getsizeof(iter({})), sys.getsizeof(iter(set())), sys.getsizeof(reversed([1, 2])))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip([], [])), sys.getsizeof(map(f, [])), sys.getsizeof(filter(f, [])))
print(sys.getsizeof(itertools.count()), sys.getsizeof(itertools.islice([], 3)), sys.getsizeof(itertools.chain([], [])))
print(sys.getsizeof(f), sys.getsizeof(lambda: 0), sys.getsizeof(len), sys.getsizeof([].append))
print(sys.getsizeof(p), sys.getsizeof(p.norm))
print(sys.getsizeof(ValueError("bad")), sys.getsizeof(StopIteration(3)), sys.getsizeof(KeyError("k")))
