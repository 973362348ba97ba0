# Set comprehensions drop duplicates (printed sorted: small ints hash to themselves).
s = {x % 4 for x in range(10)}
print(sorted(s))
print(len({c for c in "mississippi"}))
