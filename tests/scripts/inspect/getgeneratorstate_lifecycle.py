# inspect.getgeneratorstate through a generator's whole life: created,
# running (asked from inside), suspended, closed; the GEN_* constants.
import inspect
from inspect import getgeneratorstate, GEN_CREATED, GEN_SUSPENDED, GEN_CLOSED

def counter(n):
    i = 0
    while i < n:
        print("  inside:", inspect.getgeneratorstate(gen))
        yield i
        i += 1

gen = counter(2)
print(getgeneratorstate(gen), getgeneratorstate(gen) == GEN_CREATED)
print(next(gen), getgeneratorstate(gen))
print(next(gen), getgeneratorstate(gen) == GEN_SUSPENDED)
for rest in gen:
    print("rest", rest)
print(getgeneratorstate(gen), getgeneratorstate(gen) == GEN_CLOSED)

g2 = counter(5)
next(g2)
g2.close()
print(inspect.getgeneratorstate(g2))
g3 = counter(1)
g3.close()
print(inspect.getgeneratorstate(g3))
print(inspect.GEN_RUNNING, repr(inspect.GEN_CREATED))
print(getgeneratorstate(x for x in "ab"))
