# Integer arithmetic in a while loop: the cost of dispatch and small ints.
total = 0
i = 0
while i < 2000000:
    total += i * 3 % 7 - (i // 5)
    i += 1
print(total)
