# A starred target collects the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, b = range(5)
print(a, mid, b)
print(*[1, 2, 3], sep="-")
