# itertools' iterator makers (all but tee) are types: print shows <class 'itertools.X'>, and isinstance() / type() is agree with what they make
import itertools

made = {
    "chain": itertools.chain([1], [2]),
    "count": itertools.count(),
    "cycle": itertools.cycle("ab"),
    "repeat": itertools.repeat(1),
    "accumulate": itertools.accumulate([1]),
    "compress": itertools.compress("a", [1]),
    "takewhile": itertools.takewhile(bool, []),
    "dropwhile": itertools.dropwhile(bool, []),
    "filterfalse": itertools.filterfalse(None, []),
    "islice": itertools.islice([], 1),
    "starmap": itertools.starmap(pow, []),
    "zip_longest": itertools.zip_longest(),
    "pairwise": itertools.pairwise([]),
    "groupby": itertools.groupby([]),
    "product": itertools.product(),
    "combinations": itertools.combinations([], 0),
    "combinations_with_replacement": itertools.combinations_with_replacement([], 0),
    "permutations": itertools.permutations([]),
}
for name, obj in made.items():
    cls = getattr(itertools, name)
    print(cls, isinstance(obj, cls), type(obj) is cls, cls.__name__, cls.__module__)
print(itertools.tee, type(itertools.tee([1])[0]))
print(list(itertools.chain.from_iterable(["ab", "c"])))
try:
    itertools.count.from_iterable
except AttributeError as e:
    print("AttributeError:", e)
