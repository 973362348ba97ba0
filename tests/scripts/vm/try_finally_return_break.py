def f():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('finally', i)
print(f())
while True:
    try:
        break
    finally:
        print('loop finally')
