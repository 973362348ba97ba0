def f():
    yield
yield from f()
