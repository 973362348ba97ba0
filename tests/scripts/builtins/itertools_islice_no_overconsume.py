from itertools import islice
def source():
    for i in range(10):
        print("  produce", i)
        yield i
it = source()
print(list(islice(it, 2)))
print("next from source:", next(it))
print(list(islice(it, 1, 6, 2)))
print("next from source:", next(it))
print(list(islice("abcdefg", 2, None)), list(islice(range(100), 0, 10, 3)), list(islice([], 3)))
for args in [(-1,), (0, -1), (0, 5, 0)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print(e)
