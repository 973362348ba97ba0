# A set looked up in a set (in, discard, remove, __contains__) stands for the frozenset of its members, as set_contains and set_discard retry it: {1} in {frozenset({1})} is True, where a dict key or set.add still refuses the unhashable set.
s = {frozenset({1}), frozenset(), 3}
print({1} in s, set() in s, {2} in s, {1} not in s, {1} in {1}, {1} in frozenset({1}))
s.discard({1})
print(sorted(map(str, s)))
s.remove(set())
print(s)
try:
    s.remove({9})
except KeyError as e:
    print("KeyError", e)
print(s.__contains__({3}), frozenset({frozenset()}).__contains__(set()))
try:
    {1: 2}[{1}]
except TypeError as e:
    print("TypeError", e)
try:
    {1} in {frozenset(): 1}
except TypeError as e:
    print("TypeError", e)
try:
    s.add({1})
except TypeError as e:
    print("TypeError", e)
x = {1}
print(x in {frozenset(x)}, [1] in {1} if False else "skip")
try:
    [1] in {1}
except TypeError as e:
    print("TypeError", e)
