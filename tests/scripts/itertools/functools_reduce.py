# functools.reduce folds a sequence with a two-argument function.
from functools import reduce

print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda acc, s: acc + s.upper(), ["a", "b"], ">"))
