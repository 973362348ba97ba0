def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from walk(t)
    else:
        yield tree

print(fact(3))
print(list(walk([1, [2, [3]], 4])))
