def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step

c = make_counter()
c()
print(c())
double = lambda v: v * 2
print(double(21))
