data = [1, 2, 3]
total = sum(x * x for x in data)
squares = [x * x for x in data if x > 1]
print(total, squares)
d = {k: k + 1 for k in data}
