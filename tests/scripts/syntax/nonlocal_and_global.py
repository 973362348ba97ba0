def outer():
    x = 1
    def inner():
        nonlocal x
        global x
    return inner
