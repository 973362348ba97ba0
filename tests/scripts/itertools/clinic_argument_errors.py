# itertools' clinic constructors (and functools.cmp_to_key) check their arguments in argument clinic's order: too many, then a missing required one by name and position, then one given twice, then an unknown keyword.
import itertools
import functools

calls = [
    lambda: itertools.combinations(1),
    lambda: itertools.combinations(x=1),
    lambda: itertools.combinations("ab", x=1),
    lambda: itertools.combinations(r=1),
    lambda: itertools.combinations("ab", 1, 2),
    lambda: itertools.combinations("ab", 1, r=2),
    lambda: list(itertools.combinations(iterable="abc", r=2)),
    lambda: itertools.combinations_with_replacement(x=1),
    lambda: itertools.permutations(x=1),
    lambda: list(itertools.permutations("ab", r=None)),
    lambda: itertools.accumulate(x=1),
    lambda: itertools.accumulate([1], None, None),
    lambda: itertools.accumulate([1], iterable=[2]),
    lambda: list(itertools.accumulate([1, 2], initial=10)),
    lambda: itertools.accumulate(initial=1, func=2, iterable=3, x=4),
    lambda: itertools.compress(x=1),
    lambda: itertools.compress("ab", x=1),
    lambda: list(itertools.compress(data="abc", selectors=[1, 0, 1])),
    lambda: itertools.groupby(x=1),
    lambda: itertools.repeat(x=1),
    lambda: itertools.repeat(times=2),
    lambda: list(itertools.repeat(object=1, times=2)),
    lambda: itertools.count(1, 2, 3),
    lambda: itertools.count(1, start=2),
    lambda: functools.cmp_to_key(),
    lambda: functools.cmp_to_key(1, 2),
    lambda: functools.cmp_to_key(x=1),
    lambda: functools.cmp_to_key(len, x=1),
    lambda: sorted([3, 1, 2], key=functools.cmp_to_key(mycmp=lambda a, b: b - a)),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
