# The literal ... is the one Ellipsis object: as a placeholder body, a value, a key, an index.
def todo(): ...

class Later:
    ...

print(todo(), Later.__name__)
x = ...
print(x, repr(x), str(x), type(x), type(x).__name__)
print(x is Ellipsis, ... is Ellipsis, ... == Ellipsis, bool(...))
print([1, ..., 3], (..., ...), {...: "dots"}[Ellipsis])
print(f"{...}", f"{...!r}", "%s" % (...,))
Ellipsis = "shadowed"
print(..., Ellipsis)

class Grid:
    def __getitem__(self, key):
        return "everything" if key is ... else key

print(Grid()[...], Grid()[1, ...], Grid()[...:2])
import sys
print(sys.getsizeof(...))

def gen():
    yield ...
    yield from [..., 1]

print(list(gen()))
print(type(...)() is ..., hash(...) == hash(Ellipsis))
try:
    ... + 1
except TypeError as e:
    print(e)
print(type(NotImplemented)() is NotImplemented, sys.getsizeof(NotImplemented), slice(NotImplemented))
for make in (lambda: type(...)(1), lambda: type(NotImplemented)(x=1)):
    try:
        make()
    except TypeError as e:
        print(e)
