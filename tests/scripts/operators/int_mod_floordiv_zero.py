# ZeroDivisionError messages for //, %, divmod and their augmented forms,
# for small ints, big ints and bools as divisors.
def attempt(label, fn):
    try:
        fn()
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)

zero = 0
for a in [0, 5, -5, 2**63 - 1, -2**63, 2**80, -2**80, True]:
    attempt(str(a) + ' //', lambda: a // zero)
    attempt(str(a) + ' %', lambda: a % zero)
    attempt(str(a) + ' divmod', lambda: divmod(a, zero))
    attempt(str(a) + ' //False', lambda: a // False)
    attempt(str(a) + ' %False', lambda: a % False)

def aug_floordiv():
    x = 7
    x //= zero
def aug_mod():
    x = -7
    x %= zero
attempt('//=', aug_floordiv)
attempt('%=', aug_mod)

# A zero division inside a loop, after many fast-path iterations.
total = 0
for d in [3, 2, 1, 0, 5]:
    try:
        total += 100 // d + 100 % d
    except ZeroDivisionError as e:
        print('at', d, e)
print(total)
x = 10
x //= 0
