# Assigning to and deleting a slice changes the list in place.
xs = [0, 1, 2, 3, 4]
xs[1:3] = ["a", "b", "c"]
print(xs)
del xs[::2]
print(xs)
