# int.conjugate and float.conjugate are methods of no arguments (METH_NOARGS), not the real property: an argument or a keyword is a TypeError
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

attempt("(10).conjugate()", lambda: (10).conjugate())
attempt("(-3).conjugate()", lambda: (-3).conjugate())
attempt("(10**30).conjugate()", lambda: (10**30).conjugate())
attempt("(2.5).conjugate()", lambda: (2.5).conjugate())
attempt("(10).conjugate(1)", lambda: (10).conjugate(1))
attempt("(10).conjugate(1, 2)", lambda: (10).conjugate(1, 2))
attempt("(10).conjugate(x=1)", lambda: (10).conjugate(x=1))
attempt("(2.5).conjugate(None)", lambda: (2.5).conjugate(None))
attempt("(2.5).conjugate(x=1)", lambda: (2.5).conjugate(x=1))
m = (7).conjugate
attempt("bound int conjugate()", lambda: m())
b = True.conjugate
attempt("bound True.conjugate()", lambda: b())
attempt("bound True.conjugate(0)", lambda: b(0))
attempt("int.conjugate(4)", lambda: int.conjugate(4))
attempt("float.conjugate(1.5)", lambda: float.conjugate(1.5))
