# Big integers: factorial, powers, division and a long Fibonacci run.
# (str() of ints stays under CPython's 4300-digit conversion limit.)
f = 1
for i in range(1, 1201):
    f *= i
print(len(str(f)))
p = 3 ** 5000
print(p % 1000007, (p // f) % 97, (p * p).bit_length())
a, b = 0, 1
for _ in range(20000):
    a, b = b, a + b
print(a % 1000000007, a.bit_length())
