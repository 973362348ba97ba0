# dir() of built-in values lists CPython's names (a generator's __next__,
# send, gi_frame...), and a misspelt attribute gets CPython's suggestion,
# which is taken from those names: None.__name__ -> '__ne__'.
def countdown(n):
    yield n

class Plain:
    def __init__(self):
        self.x = 1

for value in [countdown(3), [1], 5, "s", {1: 2}, None, Plain(), ValueError("v"), range(2), iter([1])]:
    names = dir(value)
    print(type(value).__name__, len(names), names[:3], names[-3:])
print("__next__" in dir(countdown(1)), "__iter__" in dir(iter(())))
x = None
x.__name__
