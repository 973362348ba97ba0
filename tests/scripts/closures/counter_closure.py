# An inner function keeps the enclosing function's variables alive.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c = make_counter()
print(c(), c(), c())
d = make_counter()
print(d(), c())
