def f():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('bad') from None
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
try:
    f()
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
g()
