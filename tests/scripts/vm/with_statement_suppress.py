class C:
    def __enter__(self):
        print('enter')
        return 7
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return True
with C() as x:
    print(x)
    raise KeyError(1)
print('after')
