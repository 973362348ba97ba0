# __qualname__ of functions made inside comprehensions: a comprehension scope
# adds no ".<locals>" (CPython's compiler_set_qualname). Regression: it did.
print([lambda: i for i in range(2)][0].__qualname__)
print({k: (lambda: k) for k in "a"}["a"].__qualname__)

def outer():
    fs = [lambda: i for i in range(2)]
    g = (lambda: 0 for _ in range(1))
    def inner():
        pass
    return fs[0].__qualname__, next(g).__qualname__, inner.__qualname__

print(outer())

class C:
    def method(self):
        return [lambda: 0 for _ in range(1)][0].__qualname__
    table = [lambda: 0 for _ in range(1)]

print(C().method())
print(C.table[0].__qualname__)
print((lambda: (lambda: 0))().__qualname__)
