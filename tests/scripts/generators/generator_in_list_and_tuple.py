# list(), tuple(), sorted() and "in" all consume a generator.
def evens(n):
    for i in range(0, n, 2):
        yield i

print(list(evens(7)), tuple(evens(5)), sorted(evens(7), reverse=True))
g = evens(10)
print(4 in g)
print(list(g))
