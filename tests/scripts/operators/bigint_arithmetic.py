# Integers have arbitrary precision.
big = 2 ** 100
print(big)
print(big * big - 1)
print(-big // 7, -big % 7)
print(3 ** 50 // 5 ** 20)
print(int("123456789012345678901234567890") + 1)
f = 1
for i in range(1, 26):
    f *= i
print(f)
