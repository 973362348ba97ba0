# The outermost iterable is evaluated when the genexp is created; the rest lazily.
def source():
    print("source evaluated")
    return [1, 2]

g = (x for x in source())
print("genexp created")
print(list(g))
