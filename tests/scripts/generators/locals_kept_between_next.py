# A suspended generator keeps its local variables between next() calls;
# inspect.getgeneratorlocals shows them at each pause: arguments before the
# start, loop variables later, {} once closed.
import inspect

def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total

g = running_total([5, 10, 20])
print(inspect.getgeneratorlocals(g))
print(next(g))
print(inspect.getgeneratorlocals(g))
print("doing something else")
print(next(g))
print(inspect.getgeneratorlocals(g))
print(list(g))
print(inspect.getgeneratorlocals(g))

def outer(scale):
    def gen():
        k = 1
        yield k * scale
    return gen()

inner = outer(10)
next(inner)
print(inspect.getgeneratorlocals(inner))
squares = (x * x for x in range(3))
next(squares)
print(sorted(inspect.getgeneratorlocals(squares)))
