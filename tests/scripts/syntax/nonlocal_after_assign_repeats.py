def g():
    nonlocal y
    y = 2
    nonlocal y
def f(a):
    global a
