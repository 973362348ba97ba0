# __iter__ written as a generator makes a reusable iterable.
class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * i

s = Squares(4)
print(list(s))
print(sum(s))
