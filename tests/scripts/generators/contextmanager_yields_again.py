# A @contextmanager generator must yield exactly once. One that yields again
# is closed as __exit__ raises RuntimeError about it, so its finally block
# runs first, whether the with block ended normally or by an exception.
from contextlib import contextmanager


@contextmanager
def twice():
    try:
        yield 1
        yield 2
    finally:
        print("twice cleaned up")


try:
    with twice() as v:
        print("body", v)
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def stubborn():
    try:
        yield
    except ValueError:
        print("caught, yielding again")
        try:
            yield
        finally:
            print("stubborn closed")


try:
    with stubborn():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError:", e, "- during", type(e.__context__).__name__)
