# Small-int % and // (and %= //=) take floor semantics for every sign
# combination, run in loops so the VM's fast path is the one exercised.
vals = [0, 1, 2, 3, 7, 10, -1, -2, -3, -7, -10, 9223372036854775807,
        -9223372036854775807, -9223372036854775808, 4611686018427387904,
        -4611686018427387905]
divs = [1, 2, 3, 7, -1, -2, -3, -7, 9223372036854775807, -9223372036854775808,
        100, -100]
for a in vals:
    row = []
    for b in divs:
        q = a // b
        m = a % b
        assert q * b + m == a, (a, b)
        assert divmod(a, b) == (q, m), (a, b)
        row.append((q, m))
    print(a, row)

# Augmented forms.
for a in vals:
    for b in [3, -3, 5, -5]:
        x = a
        x //= b
        y = a
        y %= b
        print(a, b, x, y)

# Results keep the divisor's sign for %, round toward minus infinity for //.
acc = 0
i = -1000
while i < 1000:
    acc += i % 7 + i // 7 - (i % -7) * 3 + i // -13
    i += 1
print(acc)

# Exact zero remainders with negative operands.
print(-6 // 3, -6 % 3, 6 // -3, 6 % -3, -6 // -3, -6 % -3)
print(0 // -5, 0 % -5, -0 // 5)
