# math functions refuse keywords in CPython's words ("math.comb() takes no keyword arguments" for the METH_FASTCALL ones, "log() ..." for math.log), and the clinic functions isclose(a, b, *, rel_tol, abs_tol) and prod(iterable, /, *, start) take a and b by name and check too many, then missing, then unknown arguments in that order.
import math

for name in ["comb", "perm", "pow", "ldexp", "dist", "atan2", "copysign", "gcd", "lcm", "hypot", "fmod", "log",
             "floor", "ceil", "trunc", "sqrt", "exp", "factorial", "fsum", "isqrt", "isnan", "isinf", "isfinite"]:
    try:
        getattr(math, name)(x=1)
    except TypeError as e:
        print(name, "->", e)

cases = [
    lambda: math.isclose(a=1, b=1),
    lambda: math.isclose(1, b=1.0000000001),
    lambda: math.isclose(1, 2, rel_tol=0.9, abs_tol=0),
    lambda: math.isclose(b=2, a=2.0),
    lambda: math.isclose(1, 2, x=1),
    lambda: math.isclose(1, 2, 3),
    lambda: math.isclose(1),
    lambda: math.isclose(b=1),
    lambda: math.isclose(1, a=1),
    lambda: math.isclose(1, 2, a=1),
    lambda: math.isclose(x=1),
    lambda: math.prod([1, 2], start=3),
    lambda: math.prod(x=1),
    lambda: math.prod([1], x=1),
    lambda: math.prod(),
    lambda: math.prod([1], [2]),
    lambda: math.prod(iterable=[1]),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
