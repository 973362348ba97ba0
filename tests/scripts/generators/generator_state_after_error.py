# Once the body raised, the generator is finished: next() gives StopIteration.
def fragile():
    yield 1
    raise KeyError("broken")

g = fragile()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print(next(g, "finished"))
