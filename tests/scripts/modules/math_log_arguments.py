# math.log takes one or two positional arguments: other counts and keywords
# raise CPython's TypeError.
import math


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("math.log():", math.log)
attempt("math.log(1, 2, 3):", math.log, 1, 2, 3)
attempt("math.log(1, 2, 3, 4):", math.log, 1, 2, 3, 4)
attempt("math.log(x=8):", math.log, x=8)
attempt("math.log(8, base=2):", math.log, 8, base=2)
attempt("math.log(8):", math.log, 8)
attempt("math.log(8, 2):", math.log, 8, 2)
attempt("math.log(100, 10):", math.log, 100, 10)
attempt("math.log(1):", math.log, 1)
attempt("math.log(8, 1):", math.log, 8, 1)
attempt("math.log(0):", math.log, 0)
attempt("math.log('a'):", math.log, "a")
attempt("math.log2():", math.log2)
attempt("math.log10(1, 2):", math.log10, 1, 2)
attempt("math.log1p():", math.log1p)
