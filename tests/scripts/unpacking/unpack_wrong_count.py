# Unpacking the wrong number of values is a ValueError.
a, b = [1, 2, 3]
