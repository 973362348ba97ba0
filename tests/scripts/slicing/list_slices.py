# Slices with start, stop, step and negative indices.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[::2], xs[::-1], xs[8:2:-2])
print(xs[100:], xs[-100:2])
