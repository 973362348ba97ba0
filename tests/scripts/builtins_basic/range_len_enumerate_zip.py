# range, len, enumerate and zip.
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), len(range(10)))
print(list(enumerate("ab", 1)))
print(list(zip([1, 2, 3], "ab")))
print(range(3), range(1, 5))
