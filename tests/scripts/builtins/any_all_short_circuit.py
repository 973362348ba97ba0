def noisy(values):
    for v in values:
        print("  checking", v)
        yield v
print(any(noisy([0, 0, 3, 4])))
print(all(noisy([1, 2, 0, 5])))
print(any([]), all([]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
