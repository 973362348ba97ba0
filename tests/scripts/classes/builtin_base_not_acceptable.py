# Built-in types CPython will not subclass say so with a TypeError; the engine
# used to accept range and slice (and then fail at the first call).
def gen():
    yield 1

def f():
    pass

for base in (bool, range, slice, type(None), type(len), type(f), type(gen())):
    try:
        class Derived(base):
            pass
        print("accepted", base)
    except TypeError as e:
        print(e)

# Exceptions and object keep subclassing as usual.
class Problem(ValueError):
    def __init__(self, what):
        super().__init__(f"problem: {what}")
        self.what = what

class Plain(object):
    pass

try:
    raise Problem("x")
except ValueError as e:
    print(type(e).__name__, e, e.what, e.args, isinstance(e, Exception))
print(type(Plain()).__name__, Plain.__mro__)
