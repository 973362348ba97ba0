print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([], 5))
print(sum([[1], [2, 3]], []), sum((x for x in range(101))))
print(sum([1, 2.5, True]), sum(range(10**6)))
print(sum([10**20, 10**20]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
