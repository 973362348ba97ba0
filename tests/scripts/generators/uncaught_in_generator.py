# An exception inside the body propagates out of next(), with both frames in the traceback.
def divide_all(values):
    for v in values:
        yield 10 // v

g = divide_all([5, 2, 0])
print(next(g))
print(next(g))
print(next(g))
