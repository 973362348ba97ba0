# next() resumes the body to the following yield; after the last one, StopIteration.
def three():
    yield 1
    yield 2
    yield 3

g = three()
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "default"))
