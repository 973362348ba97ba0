# Set algebra on small ints (printed sorted, so the order is CPython's for sure).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, {3} < b, 2 in a, 9 not in b, len(a | b))
