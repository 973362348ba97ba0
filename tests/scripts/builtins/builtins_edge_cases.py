print(round(-0.4), round(-0.5, 0), round(0.5, 1), round(-1.25, 1), round(10**20 + 0.0), round(123, 10))
print(int("  -0b101  ", 0), int("0_7"), int(" 1_2_3 "), int("+5"), int("-0"), int("٣"))
print(divmod(-7.5, 2), divmod(7, -2), pow(2.0, 3), pow(2, 0.5), pow(10, -2), abs(-2**63))
print(isinstance(True, bool), isinstance(1, bool), max(True, 2), min([[2], [1, 5]]), sum([[1], [2]], []))
print(list(enumerate([], 5)), list(enumerate("ab", 10**20)), list(zip("ab", range(10**9))))
print(max("apple", "banana", key=len), min(range(5), key=lambda x: (x - 2) ** 2), max([3, 1], default=9))
print(sorted([3, 1, 2], key=None), sorted(["b", "A", "c"], key=str.lower, reverse=True), sorted(()))
print(any(iter([])), all(iter([1, 1])), next(iter({}), "empty"), next(reversed([1, 2])))
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    min(1, "a")
except TypeError as e:
    print(e)
try:
    sum([1], "x")
except TypeError as e:
    print(e)
try:
    enumerate([], 1.5)
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(e)
try:
    int("12", base=1)
except ValueError as e:
    print(e)
