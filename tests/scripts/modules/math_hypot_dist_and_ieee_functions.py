# math.hypot and math.dist give CPython 3.11's last digit (its vector_norm: a lossless sum of scaled squares and one correction of the root, where the naive root was off by one ulp for about a quarter of these vectors), and math's 3.11 IEEE functions cbrt, exp2, remainder, nextafter and ulp with their errors.
import math
import random

random.seed(5)
for n in range(1, 6):
    for _ in range(12):
        xs = [random.uniform(-1e3, 1e3) * 10 ** random.randint(-5, 5) for _ in range(n)]
        ys = [random.random() for _ in range(n)]
        print(n, repr(math.hypot(*xs)), repr(math.dist(xs, ys)))
print(math.hypot(1, 2, 3), math.hypot(0.1, 0.2, 0.3), math.hypot(3, 4), math.hypot(), math.hypot(-2), math.hypot(True, 2))
print(math.hypot(1e-320, 1e-320), math.hypot(1e-310, 3e-310), math.hypot(5e-324, 5e-324, 5e-324), math.hypot(1e308, 1e308))
print(math.hypot(float("nan"), float("inf")), math.hypot(float("nan"), 1), math.dist((1, 2, 3), (4, 5, 6)))

for x in [0.0, -8.0, 27, 2.0, 1e-300]:
    print("cbrt", x, repr(math.cbrt(x)))
for x in [0, 0.5, -3, 10, 1023.5]:
    print("exp2", x, repr(math.exp2(x)))
for x, y in [(10, 3), (11, 3), (-10, 3), (5, 2), (7, 2), (1e300, 3.1), (2.5, float("inf")), (float("nan"), 1)]:
    print("remainder", x, y, repr(math.remainder(x, y)))
for x, y in [(1, 2), (1, 0), (0.0, 1), (0.0, -1), (1e308, float("inf")), (2.0, 2.0)]:
    print("nextafter", x, y, repr(math.nextafter(x, y)))
for x in [1, 1.0e10, -2.5, 0.0, 5e-324, 1.7976931348623157e308, float("inf"), float("nan")]:
    print("ulp", x, repr(math.ulp(x)))

for call in [lambda: math.exp2(2000), lambda: math.remainder(1, 0), lambda: math.remainder(float("inf"), 2),
             lambda: math.cbrt("8"), lambda: math.ulp(), lambda: math.nextafter(1), lambda: math.remainder(x=1)]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
