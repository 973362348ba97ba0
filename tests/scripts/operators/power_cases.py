# ** with int, negative and float exponents.
print(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5)
print(-2 ** 2, (-8) ** 2, 2.0 ** -2, 10 ** 20, 2 ** 3 ** 2)
print(pow(3, 4), pow(2, 10, 1000), 0 ** 0)
