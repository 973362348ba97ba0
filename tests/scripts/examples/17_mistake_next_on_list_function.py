# Mistake: calling next() on something that is not an iterator.
# A function that returns a list gives a list, and next() needs an
# iterator: this ends in a TypeError. iter(list) would fix it.

def squares_list(n):
    return [i * i for i in range(n)]


values = squares_list(3)
print(values)
print(next(iter(values)))   # fine: iter() gives an iterator over the list
print(next(values))         # TypeError: 'list' object is not an iterator
