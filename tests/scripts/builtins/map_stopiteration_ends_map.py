# A StopIteration raised by the function map/filter call ends the iteration,
# as in CPython (tp_iternext raising StopIteration). Regression: it escaped.
it = iter([1, 2])
print(list(map(next, [it, it, it])))

def roundrobin(*iterables):
    "Visit input iterables in a cycle until each is exhausted (itertools docs)."
    from itertools import cycle, islice
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next in nexts:
                yield next()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

print(list(roundrobin('ABC', 'D', 'EF')))

def roundrobin_new(*iterables):
    "The newer recipe: yield from map(next, ...) ends at the StopIteration."
    from itertools import cycle, islice
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)

print(list(roundrobin_new('ABC', 'D', 'EF')))

def stop_at_three(x):
    if x == 3:
        raise StopIteration
    return x > 1

print(list(filter(stop_at_three, [1, 2, 3, 4])))
print(sum(map(lambda x: next(iter([])) if x > 2 else x, [1, 2, 3, 4])))
print(tuple(zip(map(next, [iter("ab")] * 5), "xyz")))
print(sorted(map(next, [iter([3, 1, 2])] * 9)))
m = map(next, [iter([])])
try:
    next(m)
except StopIteration:
    print("next(map) raises StopIteration")
