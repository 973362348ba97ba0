# The same squares as a generator expression and as a list comprehension.
# The only visible difference is the brackets: ( ) instead of [ ].

eager = [i * i for i in range(5)]   # a list: all five squares exist now
lazy = (i * i for i in range(5))    # a generator: no square computed yet

print(eager)
print(type(lazy).__name__)           # not the numbers: a generator object

print(next(lazy))                    # computes just the first square
print(next(lazy))                    # ... and now the second
print(list(lazy))                    # the rest, 4 9 16

print(sum(i * i for i in range(5)))  # a genexp can go straight into sum()
