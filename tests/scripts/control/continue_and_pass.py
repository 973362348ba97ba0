# continue skips to the next iteration; pass does nothing.
for i in range(6):
    if i % 2:
        continue
    elif i == 4:
        pass
    print(i)
