# A generator object is small and its size does not depend on n: its frame
# (locals and value stack) is inside it. The list of the same values grows.
import sys

def squares(n):
    for i in range(n):
        yield i * i

def naturals():
    i = 0
    while True:
        yield i
        i += 1

def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1

for n in [10, 1000, 100000]:
    g = squares(n)
    print(n, sys.getsizeof(g), sys.getsizeof([i * i for i in range(n)]))

g = squares(5)
print("created", sys.getsizeof(g))
next(g)
print("suspended", sys.getsizeof(g))
for _ in g:
    pass
print("exhausted", sys.getsizeof(g))

print(sys.getsizeof(naturals()), sys.getsizeof(countdown(3)))
print(sys.getsizeof(x for x in range(10)), sys.getsizeof(x * x for x in range(10)))
print(sys.getsizeof(x for x in range(10) if x % 2), sys.getsizeof((x, y) for x in "ab" for y in "cd"))
