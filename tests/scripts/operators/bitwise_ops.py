# Bitwise operators on ints, including negatives.
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3, -16 >> 2)
print(1 << 70)
