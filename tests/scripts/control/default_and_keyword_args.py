# Defaults, keyword arguments, *args and **kwargs.
def f(a, b=2, *args, c=3, **kwargs):
    return (a, b, args, c, kwargs)

print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(b=0, a=1))
args = [1, 2, 3]
print(f(*args, **{"c": 0}))
