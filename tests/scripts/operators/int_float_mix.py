# Mixing int and float gives float; true division always gives float.
print(1 + 2.0, 7 / 2, 6 / 3, 1 / 3)
print(0.1 + 0.2, 1e16, 1e-5, 123456789.0 * 10)
print(int(3.9), int(-3.9), float(7), round(2.5), round(3.5), round(2.675, 2))
