def f():
    return 1
    yield 2
print(list(f()))
