# functools.wraps copies __name__/__qualname__/__doc__ from any callable it wraps (an lru_cache wrapper, a builtin) and always sets __wrapped__; operator's binary functions name themselves in argument-count errors
import functools
import operator


@functools.lru_cache(maxsize=None)
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.wraps(fib)
def traced(*args):
    return fib(*args)


print(traced.__name__, traced.__qualname__, traced.__doc__, traced.__wrapped__ is fib, traced(20))


@functools.wraps(len)
def my_len(x):
    return len(x)


print(my_len.__name__, my_len.__wrapped__ is len, my_len("abc"))


def plain(a):
    "plain doc"
    return a


@functools.wraps(plain)
def wrapped_plain(a):
    return plain(a)


print(wrapped_plain.__name__, wrapped_plain.__doc__, wrapped_plain.__wrapped__ is plain)
for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and_", "or_", "xor", "lshift", "concat"):
    try:
        getattr(operator, name)(1)
    except TypeError as e:
        print("TypeError:", e)
