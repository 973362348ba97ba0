# close() on a suspended generator: resume, exception (GeneratorExit), then
# return -- not a yield (an exception leaving a generator finishes it).
def g():
    yield 1
    yield 2

it = g()
next(it)
it.close()
print("closed")
