# A paused generator remembers its local variables between next() calls.
# Watch a and b in the generator's frame: they survive each pause.

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b        # runs only when the next value is asked for


fib = fibonacci()
print(next(fib))
print(next(fib))
print(next(fib))
print("... doing other work, fib keeps its place ...")
print(next(fib))
print(next(fib))
print(next(fib))
