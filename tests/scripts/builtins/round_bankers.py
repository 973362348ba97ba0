print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(1234.5678, -2))
print(round(15, -1), round(25, -1), round(1234, -2), round(7), round(7, 2))
print(round(1e300, 2), round(-2.5), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
try:
    round("1")
except TypeError as e:
    print(e)
