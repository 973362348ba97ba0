# A list of 10**8 elements: either it fits the memory budget and the length
# is printed, or MemoryError ends the run cleanly; never a crash.
xs = [0] * 10 ** 8
print(len(xs))
