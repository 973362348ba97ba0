# The memory race: the same sum, lazily and eagerly.
# Run `compare` (or watch the memory chart): the list holds every square
# at once, the generator only one at a time.

n = 10000

# Lazy: each square is made, added, and forgotten.
lazy_total = sum(x * x for x in range(n))

# Eager: a list of n squares is built first, then added up.
eager_total = sum([x * x for x in range(n)])

print(lazy_total)
print(eager_total)
print(lazy_total == eager_total)   # same answer, very different memory
