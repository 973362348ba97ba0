def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    print(result)
    yield 3

for v in outer():
    print(v)
