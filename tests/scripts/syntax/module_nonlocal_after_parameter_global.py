nonlocal x
def f(a):
    global a
