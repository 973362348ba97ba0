# A bare raise re-raises the current exception.
def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n

try:
    try:
        check(-3)
    except ValueError:
        print("logging, then re-raising")
        raise
except ValueError as e:
    print("outer caught:", e)
