# Unpacking consumes an iterator, including a generator.
def gen():
    yield "first"
    yield "second"

x, y = gen()
print(x, y)
p, q = (n * n for n in range(2))
print(p, q)
