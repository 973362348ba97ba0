# Dict comprehensions keep insertion order; later keys overwrite earlier ones.
squares = {n: n * n for n in range(5)}
print(squares)
print({w[0]: w for w in ["apple", "avocado", "banana"]})
