# yield from passes along every value of the inner iterable.
def inner():
    yield 1
    yield 2

def outer():
    yield "start"
    yield from inner()
    yield from [3, 4]
    yield "end"

print(list(outer()))
