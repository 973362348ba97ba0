# tee splits one iterator into independent copies.
from itertools import tee

def numbers():
    for i in range(4):
        print("making", i)
        yield i

a, b = tee(numbers())
print(next(a), next(a))
print(list(b))
print(list(a))
