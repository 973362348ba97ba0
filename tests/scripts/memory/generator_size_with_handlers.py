# sys.getsizeof of generators whose bodies have exception handlers: CPython
# sizes the frame by co_stacksize, which counts the offset (lasti) its cleanup
# and with handlers push, and the copy its cleanups make of the exception.
import sys
class A:
    def __enter__(self): return self
    def __exit__(self, *a): pass
def g1():
    try:
        yield 1
    finally:
        pass
def g2():
    try:
        yield 1
    except ValueError:
        pass
def g3():
    with A() as f:
        yield 1
def g4():
    with A(), A():
        yield 1
def g5():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print(e)
def g6():
    try:
        yield 1
    except (KeyError, ValueError):
        yield 2
    else:
        yield 3
    finally:
        yield 4
def g7():
    yield 1
def g8(n):
    total = 0
    for i in range(n):
        total += yield i
for g in (g1(), g2(), g3(), g4(), g5(), g6(), g7(), g8(3)):
    print(g.__name__, sys.getsizeof(g))
