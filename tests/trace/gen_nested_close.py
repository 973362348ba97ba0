# close() on outer, suspended in a for over inner(): outer unwinds, its
# for-iterator goes, and inner is closed before outer's own finally runs.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        for v in inner():
            yield v
    finally:
        print("outer finally")

g = outer()
next(g)
g.close()
print("done")
