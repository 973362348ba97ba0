# collections.namedtuple instances order like the tuples they are: <, <=, >, >=
# against each other and against plain tuples (either side), and through
# sorted(), min(), max() and list.sort().
from collections import namedtuple

P = namedtuple("P", "x y")
Q = namedtuple("Q", ["a", "b", "c"])


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(sorted([P(2, 1), P(1, 2), P(1, 1), P(0, 9)]))
print(sorted([P(2, 1), P(1, 2)], reverse=True))
print(max([P(1, 2), P(3, 0), P(2, 5)]), min([P(1, 2), P(3, 0), P(0, 5)]))
print(max(P(1, 2), P(1, 3)), min(P(1, 2), P(1, 3)))
points = [P(3, 3), P(1, 2), P(2, 2)]
points.sort()
print(points)
show("P(1,2) < P(2,0):", lambda: P(1, 2) < P(2, 0))
show("P(1,2) <= P(1,2):", lambda: P(1, 2) <= P(1, 2))
show("P(1,2) > P(1,1):", lambda: P(1, 2) > P(1, 1))
show("P(1,2) >= P(1,3):", lambda: P(1, 2) >= P(1, 3))
# against plain tuples, on either side (the tuple side answers by reflection)
show("P(1,2) >= (1,2):", lambda: P(1, 2) >= (1, 2))
show("P(1,2) < (1,2,0):", lambda: P(1, 2) < (1, 2, 0))
show("(1,2) <= P(1,2):", lambda: (1, 2) <= P(1, 2))
show("(0,5) < P(1,2):", lambda: (0, 5) < P(1, 2))
show("(2,) > P(1,2):", lambda: (2,) > P(1, 2))
show("(1,2) >= P(1,3):", lambda: (1, 2) >= P(1, 3))
# different namedtuple classes compare as tuples too
show("P(1,2) < Q(1,2,3):", lambda: P(1, 2) < Q(1, 2, 3))
show("Q(1,2,3) > P(1,2):", lambda: Q(1, 2, 3) > P(1, 2))
show("P(1,2) == (1,2):", lambda: P(1, 2) == (1, 2))
show("P(1,2) != (1,3):", lambda: P(1, 2) != (1, 3))
# chained comparisons
show("P(0,0) < P(0,1) <= (0,1) < P(1,0):", lambda: P(0, 0) < P(0, 1) <= (0, 1) < P(1, 0))
# nested: namedtuples inside tuples and lists
print(sorted([(P(1, 2), "b"), (P(1, 1), "a")]), [P(0, 1)] < [P(0, 2)])
# items that do not order keep CPython's messages
show("P(1,2) < 3:", lambda: P(1, 2) < 3)
show("3 >= P(1,2):", lambda: 3 >= P(1, 2))
show("P(1,2) < [1,2]:", lambda: P(1, 2) < [1, 2])
show("P(1,'a') < P(1,2):", lambda: P(1, "a") < P(1, 2))
show("sorted([P(1,2), 5]):", lambda: sorted([P(1, 2), 5]))


class Other:
    # A class that knows how to compare with P, from either side.
    def __gt__(self, other):
        return "Other.__gt__"

    def __le__(self, other):
        return "Other.__le__"


show("P(1,2) < Other():", lambda: P(1, 2) < Other())
show("P(1,2) >= Other():", lambda: P(1, 2) >= Other())
show("Other() > P(1,2):", lambda: Other() > P(1, 2))
