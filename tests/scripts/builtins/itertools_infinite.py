from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(repeat(1, 0)), list(islice(repeat(7), 2)))
c = count(3)
print(next(c), next(c), list(zip(c, "ab")))
