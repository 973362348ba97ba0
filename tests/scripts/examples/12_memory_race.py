# The memory race: the same sum, lazily or eagerly.
# Flip the switch EAGER and run again: the lazy peak jumps to the eager one.
# (The memory chart always races this run against its eager twin.)

N = 10000
EAGER = False              # the switch: False = a generator, True = a list

if EAGER:
    # Eager: a list of N squares is built first, then added up.
    squares = [x * x for x in range(N)]
else:
    # Lazy: each square is made, added, and forgotten.
    squares = (x * x for x in range(N))

total = sum(squares)
print("EAGER =", EAGER)
print(total)
