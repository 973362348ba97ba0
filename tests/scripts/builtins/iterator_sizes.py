import sys, itertools as it
print(sys.getsizeof(it.product()), sys.getsizeof(it.product('ab', 'cd')), sys.getsizeof(it.product('ab', repeat=3)))
print(sys.getsizeof(it.combinations(range(5), 2)), sys.getsizeof(it.combinations(range(5), 0)), sys.getsizeof(it.combinations_with_replacement(range(5), 3)))
print(sys.getsizeof(it.permutations(range(5))), sys.getsizeof(it.permutations(range(5), 2)), sys.getsizeof(it.permutations(range(0))))
print(sys.getsizeof(map(str, [])), sys.getsizeof(filter(None, [])), sys.getsizeof(zip()), sys.getsizeof(enumerate([])), sys.getsizeof(reversed([])))
print(sys.getsizeof(it.count()), sys.getsizeof(it.islice([], 1)), sys.getsizeof(it.chain()), sys.getsizeof(it.groupby([])), sys.getsizeof(it.tee([])[0]))
print(sys.getsizeof(it.cycle([])), sys.getsizeof(it.accumulate([])), sys.getsizeof(it.takewhile(bool, [])), sys.getsizeof(it.zip_longest()), sys.getsizeof(it.repeat(1)))
