# A tee iterator's __copy__() is another tee at the same place in the shared buffer.
import itertools as it
a, b = it.tee(iter([1, 2, 3]))
next(a)
c = a.__copy__()
print(list(a), list(b), list(c), type(c).__name__)
d, = it.tee(c.__copy__(), 1)
print(list(d))
for call in (lambda: a.__copy__(1), lambda: a.__copy__(x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
