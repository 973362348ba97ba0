from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(repeat(1, 0)), list(islice(repeat(7), 2)))
c = count(3)
print(next(c), next(c), list(zip(c, "ab")))
# count and repeat show their state in their repr (they used to print the
# generic <itertools.count object at ...>): the step only when it is not the
# int 1, the times only when given, both as they are now.
print(count(), count(5), count(5, 2), count(2, -1), count(1.5), count(1.5, 0.5), count(0, 1.0), count(step=3))
print(count(1, True), count(2**70, 2**70), count(1 + 2j), count(-3, 1))
c = count(0, 0.5)
next(c)
print(c, repr(c), str(c), [c], f"{c}")
print(repeat("a"), repeat("a", 2), repeat([1], 0), repeat(None, -3), repeat(count(7), 1), repeat(repeat("x")))
r = repeat("a", 2)
next(r)
print(r, end=" ")
next(r)
print(r, list(r), r)
class Shown:
    def __repr__(self): return "Shown!"
print(repeat(Shown(), 3), count(3), [repeat(Shown())])
# A bool start stays a bool unless the step is the int 1 (CPython's fast mode).
for start, step in ((True, 0.5), (True, 1), (True, 2), (False, True), (True, True)):
    c = count(start, step)
    print(repr(next(c)), repr(next(c)), c)
