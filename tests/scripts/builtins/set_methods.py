s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1)
print(s, s.pop(), s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.union([9], (8,)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1, 2}), a.isdisjoint({7}), a.isdisjoint(b))
c = a.copy(); c.update([7, 8], {9}); c.intersection_update({1, 7, 9, 100}); print(c)
c.difference_update({7}); print(c)
c.symmetric_difference_update({1, 2}); print(c)
f = frozenset([3, 1, 2])
print(f, f.union({5}), type(f.union({5})).__name__, set(), frozenset())
s.clear(); print(s)
for call in [lambda: set().pop(), lambda: {1}.remove(2)]:
    try:
        call()
    except KeyError as e:
        print("KeyError", e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(e)
