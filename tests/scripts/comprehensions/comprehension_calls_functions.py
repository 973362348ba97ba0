# A comprehension can call functions and use conditional expressions.
def label(n):
    return "even" if n % 2 == 0 else "odd"

print([label(n) for n in range(4)])
print([n if n > 0 else -n for n in [-2, 3, -1]])
