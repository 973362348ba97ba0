from itertools import takewhile, dropwhile, filterfalse, compress, starmap, accumulate, chain, pairwise, zip_longest
import operator
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(starmap(pow, [(2, 5), (3, 2)])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])), list(pairwise("abcd")))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest([1], [])))
