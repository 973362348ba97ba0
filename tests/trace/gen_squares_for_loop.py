def squares(n):
    for i in range(n):
        yield i * i

for v in squares(3):
    print(v)
