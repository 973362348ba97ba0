# The math module's common functions and constants.
import math

print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi)
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99))
print(math.inf > 10 ** 100, math.fabs(-3), math.log(math.e), math.log2(1024))
