def f():
    print(yield)
