# Constant set displays of 3+ items iterate in CPython's order: the compiler
# stores a frozenset and the display is built by updating an empty set from it.
print({10, 20, 30, 40, 50})
print({1, 2, 3})
print({3, 2, 1})
print({100, 5, 1000, 7, 2**40})
print({-1, -2, 0, 1, 2})
print({8, 16, 24, 32, 0})
print({1, 9, 17, 25, 33, 41})
print({7, 2**62, 3, 2**64, 5})
print({'a', 'b', 'c'} == {'c', 'b', 'a'})
print(sorted({'x', 'y', 'z', 'w'}))
print({1.5, 2.5, 0.5, 3})
print({(1, 2), (3, 4), 5, 6})
print({True, 2, 3, 1})
print({0, False, 1, True, 2})
print({31, 63, 95, 127, 159, 191, 223, 255, 1})
print({1000000, 999999, 123456789, 42, 7})
print({5, 6})
x = 4
print({x, 1, 9, 17})
print({*[40, 30, 20, 10], 50})
print(len({1, 2, 3, 2, 1}))
s = {10, 20, 30, 40, 50}
s.add(60)
print(s)
for v in {64, 128, 1, 2, 3}:
    print(v, end=' ')
print()
print(list({-5, -9, 13, 21, 8}))
import sys
print(sys.getsizeof({1, 2, 3, 4, 5}))
