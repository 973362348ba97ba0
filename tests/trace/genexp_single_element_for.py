# A later comprehension clause over a one-element list or tuple is an
# assignment since CPython 3.9: no loop, so no extra line event per item.
squares = (j * j for i in range(4) for j in [i + 1])
print(list(squares))
pairs = [k for i in range(3) for k in (i, )]
print(pairs)
