def two():
    yield "a"
    yield "b"

g = two()
print(next(g))
print(g.__next__())
try:
    next(g)
except StopIteration:
    print("done")
