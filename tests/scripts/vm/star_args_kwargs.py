def f(*args, **kw):
    return args, sorted(kw.items())
print(f(1, *[2, 3], a=1, **{'b': 2}))
def g(a, b, /, c):
    return a + b + c
print(g(1, 2, c=3))
