# throw() into a generator delegating to an object with its own throw():
# the object gets the arguments throw() was called with, as they were.
class Sub:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print("throw got", a)
        return "from throw"
def g():
    yield from Sub()
def h():
    yield from g()
x = g()
next(x)
print(x.throw(KeyError))
print(x.throw(KeyError("k")))
print(x.throw(KeyError, "v"))
y = h()
next(y)
print(y.throw(ValueError))
