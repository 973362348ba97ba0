x = input(
print(x)
