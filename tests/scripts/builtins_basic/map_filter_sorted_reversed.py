# map, filter, sorted and reversed.
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(list(reversed([1, 2, 3])))
print(type(map(str, [])).__name__, type(zip()).__name__)
