t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 2), len(t))
r = range(0, 20, 3)
print(r, r.start, r.stop, r.step, len(r), r.index(9), r.count(9), r.count(10), 9 in r, list(r[1:3]))
print(range(5), range(1, 5), range(10, 0, -2), list(range(10, 0, -2)), len(range(0)))
print(slice(1, 5), slice(3), slice(1, 10, 2).step)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    r.index(10)
except ValueError as e:
    print(e)
