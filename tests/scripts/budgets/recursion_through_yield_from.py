# Infinite recursion through generators (each level resumes the next one)
# is a RecursionError with CPython's traceback, not a C++ stack overflow.
def nested(n):
    yield from nested(n + 1)
    yield n

print(next(nested(0)))
