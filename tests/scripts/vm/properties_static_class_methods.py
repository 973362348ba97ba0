class C:
    n = 0
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10
    @v.setter
    def v(self, x):
        self._v = x
    @staticmethod
    def s(a):
        return a * 2
    @classmethod
    def make(cls):
        cls.n += 1
        return cls()
c = C.make()
c.v = 5
print(c.v, C.s(4), C.n, c.s(1))
