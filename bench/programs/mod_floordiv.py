# Small-int % and // in a loop of 10^6 iterations (both signs), printing a checksum.
total = 0
i = 0
while i < 1000000:
    a = i * 7 - 3500000
    total += a % 13 + a // 9 - (i % -11) + (a // -7) % 5
    i += 1
print(total)
