# send() and throw() reach the innermost generator through yield from.
def inner():
    try:
        while True:
            got = yield
            print("inner got", got)
    except ValueError:
        print("inner handled ValueError")
        yield "after throw"

def outer():
    yield from inner()

g = outer()
next(g)
g.send("a")
g.send("b")
print(g.throw(ValueError))
