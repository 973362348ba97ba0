it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([1, 2])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
print(next(iter(range(3))), next(iter("xyz")))
