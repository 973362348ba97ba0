# range.index of a missing int names it ("7 is not in range"); anything else is searched as a sequence ("sequence.index(x): x not in sequence")
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

r = range(5)
attempt("index(3)", lambda: r.index(3))
attempt("index(7)", lambda: r.index(7))
attempt("index(True)", lambda: r.index(True))
attempt("index(10**30)", lambda: r.index(10**30))
attempt("index(-10**30)", lambda: r.index(-10**30))
attempt("index(2.0)", lambda: r.index(2.0))
attempt("index(1.5)", lambda: r.index(1.5))
attempt("index('a')", lambda: r.index("a"))
attempt("index(None)", lambda: r.index(None))
attempt("index([1])", lambda: r.index([1]))

attempt("range(0, 10, 3).index(6)", lambda: range(0, 10, 3).index(6))
attempt("range(0, 10, 3).index(5)", lambda: range(0, 10, 3).index(5))
