# A suspended generator keeps its local variables between next() calls.
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total

g = running_total([5, 10, 20])
print(next(g))
print("doing something else")
print(next(g))
print(next(g))
