# a generator's __name__ and __qualname__ can be set to a str (its repr follows), its gi_* attributes are not writable, and close() takes no arguments
def countdown(n):
    while n > 0:
        yield n
        n -= 1


g = countdown(3)
g.__name__ = "renamed"
g.__qualname__ = "Outer.renamed"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
for attr, value in (("__name__", 5), ("__qualname__", None), ("gi_running", True), ("gi_frame", None),
                    ("gi_code", None), ("gi_suspended", False), ("gi_yieldfrom", None), ("other", 1)):
    try:
        setattr(g, attr, value)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    g.close(1)
except TypeError as e:
    print("TypeError:", e)
print(next(g), list(g))
print(g.close())
