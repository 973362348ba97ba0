# islice takes a finite piece of an infinite iterator such as count().
import itertools

print(list(itertools.islice(itertools.count(10), 5)))
print(list(itertools.islice(itertools.count(0, 3), 2, 6)))
print(list(itertools.islice("abcdefg", 1, None, 2)))
