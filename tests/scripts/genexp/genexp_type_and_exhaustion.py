# A genexp is a generator: same type name, and it runs only once.
g = (n for n in range(3))
print(type(g).__name__)
print(list(g), list(g))
print(tuple(str(i) for i in range(4)))
