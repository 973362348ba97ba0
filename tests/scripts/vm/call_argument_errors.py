def f(a, b=2, *, c):
    return a + b + c
for args in [(), (1, 2, 3)]:
    try:
        f(*args, c=1)
    except TypeError as e:
        print(e)
try:
    f(1, c=1, d=2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
print(f(1, c=3), f(1, 1, c=1))
