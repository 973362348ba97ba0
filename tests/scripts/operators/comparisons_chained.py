# Chained comparisons evaluate the middle operand once.
def mid():
    print("mid evaluated")
    return 5

print(1 < mid() < 10)
print(1 < 2 > 3, 3 > 2 == 2, 1 == 1.0, "a" < "b" < "c")
x = 2
print([1, 2] < [1, 3], (1, 2) == (1, 2), None is None, x is not None)
