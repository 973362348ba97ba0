# Where int64 ends: INT64_MIN // -1 overflows into a big int; neighbours of
# 2**63 cross between the small and big representations in both directions.
MIN = -2**63
MAX = 2**63 - 1
a = MIN
b = -1
print(a // b, a % b, divmod(a, b))
c = a
c //= b
print(c, type(c).__name__, c == 2**63)
d = a
d %= b
print(d)
print(MIN // 1, MIN % 1, MIN // 2, MIN % 2, MIN // -2, MIN % -2)
print(MAX // -1, MAX % -1, MAX // MIN, MAX % MIN, MIN // MAX, MIN % MAX)
big = 2**63
print(big // 2, big % 3, big // -1, -big // -1, big // big, big % big)
print((big + 5) // (big + 1), (big + 5) % (big + 1), 7 // big, -7 // big, 7 % big, -7 % big)
print(MIN // MIN, MIN % MIN, MIN // (MIN - 1), MIN % (MIN - 1))
# Results that come back down to small ints still compare and hash as ints.
r = (2**70) // (2**60)
print(r, r == 1024, hash(r) == hash(1024), {r: 'x'}[1024])
# bool operands go through the generic path and give ints.
print(True // 1, True % 2, 7 // True, 7 % True, False // 3, type(True % 2).__name__)
