# List comprehensions build the whole list at once.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([[i * j for j in range(3)] for i in range(3)])
