# Lists extended by a list or tuple follow CPython 3.11's list_extend: nothing
# for an empty one, an exact (even) block for a list that never had storage,
# else one list_resize to the new size. A display with *starred items builds
# the items before the first star at once (BUILD_LIST i), then extends.
import sys

size = sys.getsizeof

for n in [0, 1, 2, 3, 4, 5, 8, 9, 17, 30]:
    a = list(range(n))
    b = [x for x in range(n)]
    c = []
    c += a
    d = [1, 2]
    d += tuple(a)
    e = []
    e.extend(a)
    f = [7]
    f.extend(b)
    print(n, size(c), size(d), size(e), size(f))
    print(n, size([*a]), size([0, *a]), size([0, 1, *a]), size([*a, *b]), size([*a, 0]), size([0, *a, 1, *b]))
    print(n, size((0, *a)), size({0, *a}), size([*range(n)]), size([0, *(x for x in a)]))

many = [*range(3), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]
print(len(many), size(many))
forty = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, *"ab"]
print(len(forty), size(forty))


def args(*xs):
    return xs


print(args(1, *[2, 3], 4))
