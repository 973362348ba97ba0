# close() and del both run a suspended generator's finally block at once.
def g():
    try:
        yield 1
    finally:
        print('cleanup')
x = g()
next(x)
x.close()
print('closed')
y = g()
next(y)
del y
print('deleted')
