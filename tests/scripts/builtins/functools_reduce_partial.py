import functools
from functools import partial, reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp=2, *, label="="):
    return f"{base}^{exp} {label} {base ** exp}"
square = partial(power, exp=2)
cube = partial(power, exp=3, label="is")
print(square(4), cube(2), partial(power, 10)(3), cube(2, label="->"))
print(partial(int, base=2)("1010"))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
