def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    return "done"

g = countdown(2)
print(next(g))
print(g.__next__())
try:
    next(g)
except StopIteration as e:
    print("stopped", e.value)
