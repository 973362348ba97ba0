# accumulate() counts all its arguments first (at most 3), then positional ones, then one given by name and position, as CPython's clinic does.
import itertools as it
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
t(lambda: it.accumulate([1], None, initial=1, func=2))
t(lambda: it.accumulate([1], None, func=2))
t(lambda: it.accumulate([1], iterable=[2]))
t(lambda: it.accumulate(iterable=[2], func=None, initial=0, x=1))
t(lambda: it.accumulate([1], None, 3))
t(lambda: it.accumulate([1], None, x=3))
t(lambda: list(it.accumulate([1, 2], None, initial=5)))
t(lambda: list(it.accumulate(func=max, iterable=[3, 1, 4])))
