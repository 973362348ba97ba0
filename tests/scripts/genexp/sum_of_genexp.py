# sum() over a generator expression, with and without a condition.
print(sum(x * x for x in range(10)))
print(sum(x for x in range(100) if x % 7 == 0))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 3 for x in [4, 5, 1]))
