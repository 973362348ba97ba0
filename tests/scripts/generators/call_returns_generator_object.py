# Calling a generator function runs none of its body: it returns a generator.
def squares(n):
    print("body starts")
    for i in range(n):
        yield i * i

g = squares(3)
print(type(g).__name__)
print("before next")
print(next(g))
