# Driving a generator by hand with next() and __next__().
# A for loop does exactly this for you and stops at StopIteration.

def colours():
    yield "red"
    yield "green"
    yield "blue"


g = colours()
print(next(g))          # next(g) ...
print(g.__next__())     # ... is the same as g.__next__()
print(next(g))

try:
    next(g)             # nothing left: the generator raises StopIteration
except StopIteration:
    print("StopIteration: the generator is finished")

print(next(g, "no more colours"))   # a default instead of the exception
