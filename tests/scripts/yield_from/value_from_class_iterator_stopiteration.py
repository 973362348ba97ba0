# yield from a class iterator whose __next__ raises StopIteration(42): the
# value of the yield from expression is 42 (PEP 380). Regression: was None.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration(42)
        self.n -= 1
        return self.n

def outer():
    result = yield from Countdown(3)
    print("result:", result)
    result = yield from Countdown(0)
    print("again:", result)
    yield "done"

print(list(outer()))

class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

def g():
    r = yield from Plain()
    print("plain:", r)

print(list(g()))
