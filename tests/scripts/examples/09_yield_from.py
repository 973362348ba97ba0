# yield from hands the work to another generator until it is done.

def count_up(n):
    for i in range(1, n + 1):
        yield i
    return "counted to " + str(n)      # becomes the value of `yield from`


def up_and_down(n):
    message = yield from count_up(n)   # passes 1..n straight through
    print(message)
    for i in range(n - 1, 0, -1):
        yield i


for value in up_and_down(3):
    print(value)
