# g.__next__() is what next(g) calls.
def letters():
    yield "x"
    yield "y"

g = letters()
print(g.__next__())
print(g.__next__())
try:
    g.__next__()
except StopIteration:
    print("exhausted")
print(iter(g) is g)
