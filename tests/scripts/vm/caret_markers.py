def f(a, b):
    return a['k'] + b
print(f({'k': 1}, 2))
f({'k': 'x'}, 2)
