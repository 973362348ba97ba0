# Generator pipelines, stepped: a for-loop source under squares and evens,
# then a while-loop source under evens and squares.
def numbers(n):
    for i in range(n):
        yield i

def numbers_while(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(list(evens(squares(numbers(5)))))
print(list(squares(evens(numbers_while(5)))))
