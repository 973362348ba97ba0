# A generator pipeline feeding sum() over 10**6 items: resume/yield cost.
def numbers(n):
    for i in range(n):
        yield i

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

def squared(xs):
    for x in xs:
        yield x * x

print(sum(squared(evens(numbers(1000000)))))
print(sum(x * x for x in range(1000000)))
