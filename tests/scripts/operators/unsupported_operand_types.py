# Subtracting a list from a list is a TypeError naming both types.
print([1, 2] - [1])
