print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]))
print(max(3, 9, 2), min("b", "a", "c"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None))
print(max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]))
print(max(x * x for x in range(5)))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1, 2, default=0), lambda: max(5)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
