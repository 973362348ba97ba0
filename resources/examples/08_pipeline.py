# A pipeline: each generator pulls values from the one before it.
# Only one value travels through the whole pipe at a time.

def numbers(n):
    for i in range(1, n + 1):
        print("numbers makes", i)
        yield i


def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v


def doubled(values):
    for v in values:
        yield v * 2


pipe = doubled(evens(numbers(6)))   # nothing has run yet
for result in pipe:
    print("pipeline gives", result)
