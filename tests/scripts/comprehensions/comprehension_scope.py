# The loop variable of a comprehension does not leak into the enclosing scope.
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
