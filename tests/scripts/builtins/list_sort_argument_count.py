# list.sort counts all its arguments against key and reverse before refusing positionals: [].sort(1, 2, 3) is "takes at most 2 arguments (3 given)"
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

attempt("sort(1)", lambda: [].sort(1))
attempt("sort(1, 2)", lambda: [].sort(1, 2))
attempt("sort(1, 2, 3)", lambda: [].sort(1, 2, 3))
attempt("sort(1, 2, 3, 4, 5)", lambda: [3, 1].sort(1, 2, 3, 4, 5))
attempt("sort(1, key=2)", lambda: [].sort(1, key=2))
attempt("sort(1, 2, key=None)", lambda: [].sort(1, 2, key=None))
attempt("sort(key=None, reverse=1, x=3)", lambda: [].sort(key=None, reverse=1, x=3))
attempt("sort(x=3)", lambda: [].sort(x=3))
attempt("sort(key=None, reverse=True)", lambda: [2, 3, 1].sort(key=None, reverse=True))
l = [2, 3, 1]
l.sort(reverse=True)
print(l)
