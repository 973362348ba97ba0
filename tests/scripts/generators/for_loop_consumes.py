# A for loop calls next() until StopIteration and swallows it.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("countdown finished")

for x in countdown(3):
    print(x)
print(list(countdown(2)))
