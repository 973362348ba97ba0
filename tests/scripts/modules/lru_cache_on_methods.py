# functools.lru_cache and cache on methods: the wrapper binds to the
# instance, which becomes part of the key; read from the class it is the
# wrapper itself.
from functools import cache, lru_cache


class Grid:
    def __init__(self, size):
        self.size = size

    @lru_cache(maxsize=None)
    def paths(self, row, col):
        if row == 0 or col == 0:
            return 1
        return self.paths(row - 1, col) + self.paths(row, col - 1)

    @cache
    def cells(self):
        print("counting cells of", self.size)
        return self.size * self.size


g = Grid(4)
print(g.paths(4, 4), g.paths(3, 3))
print(Grid.paths.cache_info())
print(g.cells(), g.cells())
h = Grid(2)
print(h.cells(), Grid.cells(h))
print(Grid.paths(g, 2, 2), Grid.paths is Grid.paths)
