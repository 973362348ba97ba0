# close() on a generator delegating to one that yields while being closed: the
# RuntimeError goes into the delegator, and the delegate is released with the
# delegator's frame, before that frame's 'return' (CPython keeps it on the stack).
def inner():
    try:
        yield 1
    except GeneratorExit:
        yield "no!"
def outer():
    yield from inner()
g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
