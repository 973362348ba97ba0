# Where a suspended generator is kept decides when CPython's exit collection
# reaches it: a name's generator first; one inside a dict, a tuple, a class or
# a closure only after the container that holds it, the closure's last (the
# function holds a tuple of cells, and the cell holds the generator).
def gen(tag):
    try:
        yield tag
    finally:
        print("finally", tag)


x = gen("x")
next(x)


def make():
    g = gen("closure")
    next(g)

    def inner():
        return g

    return inner


f = make()


def outer():
    yield from gen("delegate")


o = outer()
next(o)


class Holder:
    attr = gen("class attr")


next(Holder.attr)
d = {"k": gen("in dict")}
next(d["k"])
t = (gen("in tuple"),)
next(t[0])
items = [gen("list item 1"), gen("list item 2")]
for item in items:
    next(item)
del item
print("end")
