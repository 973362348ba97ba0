# chain joins iterables; cycle and repeat go on forever unless cut.
from itertools import chain, cycle, repeat, islice

print(list(chain([1, 2], "ab", range(2))))
print(list(islice(cycle("xyz"), 7)))
print(list(repeat("hi", 3)))
