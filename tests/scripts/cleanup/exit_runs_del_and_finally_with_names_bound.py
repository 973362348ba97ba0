# At exit the finalisers run before any name is cleared: a finally block and a
# __del__ method still see the module's globals. Closing a generator frees its
# locals, whose own finalisers run at once; a list's items are reached last
# item first.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "-", STATE)


STATE = "globals still bound"


def gen(tag):
    resource = Resource("held by " + tag)
    try:
        yield tag
    finally:
        print("finally", tag, "-", STATE)


def outer():
    inner = gen("inner local")
    next(inner)
    yield 1


o = outer()
next(o)
pair = [Resource("a"), Resource("b")]
solo = Resource("solo")
g = gen("g")
next(g)

print("end")
