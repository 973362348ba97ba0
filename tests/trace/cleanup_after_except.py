# An exception leaving a pipeline: CPython's traceback keeps divide's frame
# (and its local, source) alive until the except block ends, so source's
# finally runs after the handler's prints, not before.
def source():
    try:
        for n in [2, 1, 0, 5]:
            yield n
    finally:
        print("source finally")

def divide(numbers):
    for n in numbers:
        yield 10 // n

try:
    for r in divide(source()):
        print(r)
except ZeroDivisionError:
    print("caught")
    print("still in except")
print("after")
