def add(a, b):
    result = a + b
    return result

def twice(f, x):
    return f(f(x, 1), 1)

print(twice(add, 5))
