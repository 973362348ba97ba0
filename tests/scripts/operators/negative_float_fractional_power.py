# a negative number to a fractional power is a complex number (float_pow hands it to complex_pow), for ** and pow()
print((-8) ** (1 / 3))
print((-1) ** 0.5, (-2.0) ** 1.5, pow(-4, 0.5))
x = -27.0
x **= 1 / 3
print(x, type(x).__name__)
print((-8) ** 2.0, (-8.0) ** -1.0, (-0.5) ** 0.25)
print(abs((-16) ** 0.25), ((-1) ** 0.5).imag)
try:
    (-1e300) ** 1.5
except OverflowError as e:
    print("OverflowError:", e)
