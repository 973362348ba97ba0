# A generator runs once: a second loop over it sees nothing.
def two():
    yield 1
    yield 2

g = two()
print(list(g))
print(list(g))
print(sum(two()), sum(g))
