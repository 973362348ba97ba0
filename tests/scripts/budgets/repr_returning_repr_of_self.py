# recursion units of repr()/str()/format(): PyObject_Repr and PyObject_Str take one each, object.__format__ one, and making a generator one (its frame runs to RETURN_GENERATOR), so each runaway __repr__/__str__ fails at CPython's depth with CPython's message
import sys

count = 0


class Node:
    def __repr__(self):
        global count
        count += 1
        return repr(self)


class Wrapped:
    def __repr__(self):
        global count
        count += 1
        return f"Wrapped({self!r})"


class Shown:
    def __str__(self):
        global count
        count += 1
        return f"<{self}>"


class Joined:
    def __repr__(self):
        global count
        count += 1
        return ", ".join(repr(x) for x in [self])


def run(label, show):
    global count
    count = 0
    try:
        show()
    except RecursionError as e:
        print(label, count, e)


for _ in range(2):
    run("Node", lambda: repr(Node()))
    run("Wrapped", lambda: repr(Wrapped()))
    run("Shown", lambda: print(Shown()))
    run("Joined", lambda: repr(Joined()))
    run("Joined in a list", lambda: repr([Joined()]))
for limit in range(100, 106):
    sys.setrecursionlimit(limit)
    run("Joined at %d" % limit, lambda: repr(Joined()))
