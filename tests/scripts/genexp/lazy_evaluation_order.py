# A generator expression computes each item only when asked.
def noisy(x):
    print("computing", x)
    return x * 10

g = (noisy(x) for x in [1, 2, 3])
print("created")
print(next(g))
print(next(g))
