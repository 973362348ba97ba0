i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 3:
        break
    print(i)
else:
    print("never")
for j in range(3):
    if j == 1:
        continue
    print(j)
else:
    print("done")
