pairs = [(a, b) for a in range(2) for b in range(2) if a != b]
print(pairs)
lookup = {k: k * k for k in range(3)}
print(lookup)
