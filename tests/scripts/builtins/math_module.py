import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(7), type(math.floor(2.5)))
print(math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.tau)
print(math.isqrt(10**20 + 1), math.factorial(25), math.gcd(48, 18, 30), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(10**100), math.exp(1))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.fabs(-3), math.pow(2, 0.5), math.hypot(3, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0))
print(math.degrees(math.pi), math.radians(180), math.fmod(7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.exp(1000)]:
    try:
        call()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.factorial(2.5)
except TypeError as e:
    print(e)
try:
    math.sqrt("4")
except TypeError as e:
    print(e)
