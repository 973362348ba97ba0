# Generator and iterator methods, set.discard/remove and dict.fromkeys refuse keyword arguments with CPython's words.
def numbers():
    yield 1
    yield 2


gen = numbers()
calls = [
    lambda: gen.send(value=None),
    lambda: gen.throw(typ=ValueError),
    lambda: gen.close(now=True),
    lambda: gen.__next__(step=1),
    lambda: gen.__iter__(fresh=True),
    lambda: gen.__iter__(1),
    lambda: iter([1]).__next__(default=0),
    lambda: iter(range(3)).__iter__(x=1),
    lambda: iter([1]).__length_hint__(x=1),
    lambda: iter([1]).__length_hint__(1),
    lambda: map(str, [1]).__next__(x=1),
    lambda: set().discard(x=1),
    lambda: {1}.remove(x=1),
    lambda: dict.fromkeys(iterable=[1]),
]
for call in calls:
    try:
        call()
    except TypeError as err:
        print(err)
print(next(gen), list(gen))
