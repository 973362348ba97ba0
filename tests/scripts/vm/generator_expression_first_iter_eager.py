def src():
    print('src evaluated')
    return [1, 2]
g = (x * 2 for x in src())
print('created')
print(list(g), list(g))
