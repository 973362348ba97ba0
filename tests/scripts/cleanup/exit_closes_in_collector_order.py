# At interpreter exit CPython finalises what the module still holds by a
# garbage collection, with every global still bound: suspended generators are
# closed in the collector's order (creation order, except that an object first
# reached through another one is queued after it), not in the order of the
# module's names.
LABEL = "globals still bound"


def gen(tag):
    try:
        yield tag
    finally:
        print("close", tag, "-", LABEL)


def relay(it, tag):
    try:
        for x in it:
            yield x
    finally:
        print("close", tag)


first = gen("first")
next(first)
second = gen("second")
next(second)
# Rebinding changes the names' order, not the generators'.
a, b = second, first
del first, second

# A pipeline bound to one name: the outer generator is reached first, and
# closing it frees the ones inside it.
pipeline = relay(relay(gen("source"), "middle"), "outer")
next(pipeline)

# The same stages under two names: the middle one is reached first.
middle = relay(gen("source 2"), "middle 2")
outer = relay(middle, "outer 2")
next(outer)

# Generators inside a list are reached through the list, so after the rest.
held = [gen("in list 1"), gen("in list 2")]
for g in held:
    next(g)
last = gen("last")
next(last)
print("end of module")
