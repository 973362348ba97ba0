# Building an endless list: the memory budget must end the run (MemoryError),
# not the machine's memory.
xs = []
i = 0
while True:
    xs.append(i)
    i += 1
