import math
from itertools import islice, count
import functools as ft
print(math.sqrt(16), list(islice(count(5), 3)), ft.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
