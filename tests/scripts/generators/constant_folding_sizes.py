# CPython folds arithmetic on int constants at compile time while the result
# stays within 128 bits; the folded constant shrinks co_stacksize and with it
# a generator's sys.getsizeof.
import sys

def million():
    for i in range(10**6):
        yield i

def day():
    yield 60 * 60 * 24

def unfolded_power():
    yield 2 ** 200  # past 128 bits: computed when it runs

def mixed(n):
    for i in range(n * 2):
        yield (i, 1 << 10, -(2 ** 3), 7 // 2, -7 % 3, 0xFF & ~0x0F, 1 // 1)

def floats():
    yield 2 ** -1, 10 / 4, 1.5 * 2

def lazy_errors():
    try:
        yield 1 // 0
    except ZeroDivisionError as e:
        yield str(e)
    try:
        yield 1 << -1
    except ValueError as e:
        yield str(e)

for g in (million(), day(), unfolded_power(), mixed(3), floats(), lazy_errors()):
    print(g.__name__, sys.getsizeof(g), next(g))
print(list(lazy_errors()), list(mixed(1)), (True & False, True + True))
print([10**3, 2, 3], (2**8, 3), 2**10 * 1.5)
