def inner():
    yield 1
    yield 2
    return "r"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3

print(list(outer()))
