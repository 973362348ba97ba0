# A list over-allocates as it grows by append: its size jumps at CPython's
# resize points, while list(range(n)) and slicing allocate (almost) exactly.
import sys

lst = []
last = sys.getsizeof(lst)
print(0, last)
for i in range(100):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print(len(lst), size)
        last = size

for n in [0, 1, 2, 3, 5, 9, 10, 17, 100, 1000]:
    comp = [x for x in range(n)]
    print(n, sys.getsizeof(comp), sys.getsizeof(list(range(n))), sys.getsizeof(comp[:]),
          sys.getsizeof([None] * n), sys.getsizeof(sorted(range(n))), sys.getsizeof(list(x for x in range(n))))

print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]))
a, b, c = 1, 2, 3
print(sys.getsizeof([a, b, c]), sys.getsizeof([a, b, c] * 4))

while len(lst) > 0:
    lst.pop()
    if sys.getsizeof(lst) != last:
        last = sys.getsizeof(lst)
        print("pop", len(lst), last)
