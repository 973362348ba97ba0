# Many calls to small Python functions: the cost of a frame.
def add(a, b):
    return a + b

def twice(x):
    return add(x, x)

acc = 0
for i in range(500000):
    acc = twice(i) - acc
print(acc)
