# Regression: sys.getsizeof(OrderedDict()) printed 56 (a plain instance's size)
# whatever the contents; CPython counts the dict, the ordered dict's own
# fields, one fast-node pointer per table slot and a 32 B node per item.
import sys
from collections import OrderedDict

o = OrderedDict()
print("empty", sys.getsizeof(o))
o["a"] = 1
print("one str key", sys.getsizeof(o))
for i in range(20):
    o[i] = i
    print(len(o), sys.getsizeof(o))

n = OrderedDict()
for i in range(12):
    n[i] = i * i
    print("int keys", len(n), sys.getsizeof(n))

k = OrderedDict(a=1, b=2)
print("from keywords", sys.getsizeof(k))
del k["a"]
print("after del", sys.getsizeof(k))
k.pop("b")
print("after pop", sys.getsizeof(k), len(k))
k["c"] = 3
k.move_to_end("c")
print("after move_to_end", sys.getsizeof(k))
print(sys.getsizeof(OrderedDict([(1, 2), (3, 4)])) - sys.getsizeof({1: 2, 3: 4}))
