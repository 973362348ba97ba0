# A loop's else runs only when the loop was not broken.
for n in [3, 5, 7]:
    if n % 2 == 0:
        print("found even", n)
        break
else:
    print("no even number")

i = 0
while i < 10:
    i += 3
    if i == 6:
        break
else:
    print("not printed")
print(i)
