# A generator is no coroutine: await inside a plain function (even a
# generator function) is a SyntaxError, found when the module compiles.
def numbers():
    yield 1


def doubled(source):
    for n in source:
        yield 2 * await n


print(list(doubled(numbers())))
