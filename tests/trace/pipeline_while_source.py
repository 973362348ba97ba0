def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def doubled(src):
    for x in src:
        yield 2 * x

print(list(doubled(evens(numbers(5)))))
