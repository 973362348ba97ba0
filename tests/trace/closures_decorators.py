def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper

@logged
def add(a, b=1):
    return a + b

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

print(add(1, 2))
c = counter()
c()
print(c())
f = lambda x: x * 2
print(f(3))
