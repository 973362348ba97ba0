# A generator that refers back to its owner (self.lines holds a generator whose
# frame holds self) is a reference cycle: no reference count ever reaches zero,
# so only a garbage collection closes it. CPython runs its finally block at
# exit; one dropped with `del` is garbage already, so it goes first.
class Reader:
    def __init__(self, name):
        self.name = name
        self.lines = self.read()

    def read(self):
        try:
            yield "line 1"
            yield "line 2"
        finally:
            print("reader", self.name, "closed")

    def __del__(self):
        print("reader", self.name, "deleted")


def counter(tag):
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        print("counter", tag, "closed")


dropped = Reader("dropped")
next(dropped.lines)
del dropped
before = counter("before")
next(before)
r = Reader("r")
print(next(r.lines))
after = counter("after")
next(after)
print("end of module")
