def squares(n):
    for i in range(n):
        yield i * i
    return "done"

g = squares(3)
h = (x + 1 for x in [10, 20])
print(next(g))
print(next(h))
for v in g:
    print(v)
print(list(h))
