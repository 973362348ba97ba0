count = 0
def make():
    n = 0
    def inc():
        global count
        nonlocal n
        n += 1
        count += 10
        return n
    return inc
i = make()
i(); i()
print(i(), count)
