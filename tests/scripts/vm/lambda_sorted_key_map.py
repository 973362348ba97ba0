pairs = [(1, 'b'), (2, 'a')]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda x: x * x, range(4))), list(filter(None, [0, 1, 2])))
