def f(a, a: int):
    pass
