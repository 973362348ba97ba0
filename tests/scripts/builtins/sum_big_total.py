# sum() whose running total outgrows int64: crossing 2**63 upwards and
# -2**63 downwards, signs mixed, big start values left untouched.
def gen(n, step, first=0):
    for i in range(n):
        yield first + i * step

print(sum(gen(5000, 1 << 52)))
print(sum(gen(5000, -(1 << 52))))
print(sum([2**63 - 1, 1, 1, 1]), sum([-2**63, -1, -1]))
# Crossing up, then back down below 2**63 and through zero.
items = [2**62, 2**62, 2**62, -2**62, -2**62, -2**62, -2**62, 5]
print(sum(items), type(sum(items)).__name__)
print(sum([2**62] * 4 + [-(2**62)] * 4), sum([2**62] * 4 + [-1] * 3))
# A big start value must not change.
start = 2**70
total = sum([1, 2, 3], start)
print(start, total, start == 2**70)
alias = start
print(sum(range(10), alias), alias, start is alias)
neg = -(2**70)
print(sum([-1, -2], neg), neg, sum([1, 2], neg), neg)
# Totals kept and reused by the caller stay independent.
t1 = sum(gen(3, 2**62))
t2 = t1
t3 = sum([1], t1)
print(t1, t2, t3, t1 is t2)
# Mixed item types.
print(sum([2**63, True, 1, 2.5]), sum([2**64, 2**64, -3]), sum([2**64, 2**65, 1]))
print(sum(x * x for x in range(3000000, 3001000)))
