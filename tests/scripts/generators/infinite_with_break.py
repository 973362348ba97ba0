# An infinite generator is fine as long as the consumer stops.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        break
    print(n, end=" ")
print()
