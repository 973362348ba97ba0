# A frozenset's union, intersection, difference and symmetric_difference name frozenset in their errors, not set
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

fs = frozenset({1, 2})
attempt("fs.symmetric_difference()", lambda: fs.symmetric_difference())
attempt("fs.symmetric_difference(1, 2)", lambda: fs.symmetric_difference([1], [2]))
attempt("fs.symmetric_difference([3])", lambda: fs.symmetric_difference([3]))
attempt("fs.symmetric_difference(x=1)", lambda: fs.symmetric_difference(x=1))
attempt("fs.union(x=1)", lambda: fs.union(x=1))
attempt("fs.intersection(x=1)", lambda: fs.intersection(x=1))
attempt("fs.difference(x=1)", lambda: fs.difference(x=1))
attempt("fs.union([5])", lambda: fs.union([5]))
s = {1, 2}
attempt("s.symmetric_difference()", lambda: s.symmetric_difference())
attempt("s.union(x=1)", lambda: s.union(x=1))
attempt("s.difference(x=1)", lambda: s.difference(x=1))
