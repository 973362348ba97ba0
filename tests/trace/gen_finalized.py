def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

x = g()
print(next(x))
x = None
print("after")
for v in g():
    break
print("end")
