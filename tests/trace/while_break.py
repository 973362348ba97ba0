i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 3:
        break
    print(i)
else:
    print("no break")
