class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __repr__(self):
        return f'V({self.x})'
    def __eq__(self, o):
        return self.x == o.x
    def __len__(self):
        return self.x
class W(V):
    def __repr__(self):
        return 'W' + super().__repr__()
print(V(1) + V(2), W(3), V(1) == V(1), len(V(4)), bool(V(0)), [V(1)])
