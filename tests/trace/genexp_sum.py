total = sum(x * x for x in range(4))
print(total)
squares = [x * x for x in range(3)]
print(squares)
