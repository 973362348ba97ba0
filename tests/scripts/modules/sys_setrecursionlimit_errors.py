# sys.setrecursionlimit's errors: CPython's types and messages for bad values
# and for a limit below the current depth.
import sys

for bad in [0, -5, 2**31, -2**40, 1.5, "x", None, True]:
    try:
        sys.setrecursionlimit(bad)
        print("accepted", bad, sys.getrecursionlimit())
    except Exception as e:
        print(type(e).__name__, e)

sys.setrecursionlimit(1000)

def f(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print(e)
        return 0
    return f(n - 1)

f(30)
try:
    sys.setrecursionlimit()
except TypeError as e:
    print(e)
print(sys.getrecursionlimit())
