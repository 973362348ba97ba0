# min, max, sum, abs, including key= and start values.
print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max(["a", "bbb", "cc"], key=len))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), abs(-5), abs(-2.5))
print(max([], default="none"))
