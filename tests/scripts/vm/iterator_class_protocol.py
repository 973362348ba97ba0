class Rev:
    def __init__(self, data):
        self.data = data
        self.i = len(data)
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == 0:
            raise StopIteration
        self.i -= 1
        return self.data[self.i]
print(list(Rev('abc')), 'b' in Rev('abc'), sum(x for x in Rev([1, 2, 3])))
