# CPython 3.11's 4300-digit limit on int <-> decimal str: str/repr/print/f-strings
# of a big int (also inside containers) and int() of a long digit run raise ValueError.
import math


def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except ValueError as e:
        print(label, type(e).__name__, e)


attempt("4300 digits", lambda: str(10**4299)[:3])
attempt("negative 4300", lambda: str(-10**4299)[:4])
attempt("str", lambda: str(10**4300))
attempt("repr", lambda: repr(-10**4300))
attempt("in a list", lambda: str([1, 10**4300]))
attempt("in a tuple", lambda: repr((10**4300,)))
attempt("dict key", lambda: str({10**4300: 1}))
attempt("f-string", lambda: f"{10**4300}")
attempt("str.format", lambda: "{}".format(10**4300))
attempt("hex is not limited", lambda: len(hex(10**4300)))
attempt("1000!", lambda: len(str(math.factorial(1000))))

attempt("int 4300", lambda: int("9" * 4300) % 10)
attempt("int 4301", lambda: int("-" + "1" * 4301))
attempt("underscores", lambda: int("1_" * 4300 + "1"))
attempt("junk after", lambda: int("1" * 5000 + "x"))
attempt("zeros", lambda: int("0" * 5000))
attempt("base 0", lambda: int("0" + "1" * 5000, 0))
attempt("base 16", lambda: int("1" * 5000, 16) % 10)
attempt("0x base 0", lambda: int("0x" + "1" * 5000, 0) % 10)
attempt("base 36", lambda: int("z" * 5000, 36))
attempt("bytes", lambda: int(b"9" * 4301))


def powers_of_ten():
    n = 1
    while True:
        n *= 10**1000
        yield n


for i, big in enumerate(powers_of_ten()):
    try:
        print(i, len(str(big)))
    except ValueError as e:
        print(i, "stops:", e)
        break

print(math.factorial(2000))
