# An assignment expression inside a comprehension or generator expression at
# module level binds a module global (PEP 572). Regression: a SyntaxError
# about a nonlocal the user never wrote.
total = 0
sums = [total := total + x for x in range(4)]
print(sums, total)

data = [0, 1, 5, 2]
if any((hit := x) > 1 for x in data):
    print("first above 1:", hit)

print({(last := k): v for k, v in [("a", 1), ("b", 2)]}, last)
print([[(inner := a * b) for b in range(3)] for a in range(2)], inner)
print(globals()["total"], "last" in globals())
lines = ["x=1", "", "y=2"]
print([clean for line in lines if (clean := line.strip())])
