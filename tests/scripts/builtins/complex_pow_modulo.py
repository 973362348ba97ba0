# pow() with a third argument where a complex number takes part: complex's
# __pow__ / __rpow__ answer, refusing any modulo but None.
def attempt(label, *args):
    try:
        print(label, repr(pow(*args)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("pow(1j, 2, 3):", 1j, 2, 3)
attempt("pow(1j, 2, None):", 1j, 2, None)
attempt("pow(2, 1j, 3):", 2, 1j, 3)
attempt("pow(2.5, 1j, 3):", 2.5, 1j, 3)
attempt("pow(1j, 1j, 1j):", 1j, 1j, 1j)
attempt("pow(1j, 2, 'x'):", 1j, 2, "x")
attempt("pow(1j, 2, 0):", 1j, 2, 0)
attempt("pow(0j, -1, 5):", 0j, -1, 5)
attempt("pow(1j, 'a', 3):", 1j, "a", 3)
attempt("pow('a', 1j, 3):", "a", 1j, 3)
attempt("pow(2, 3, 1j):", 2, 3, 1j)
attempt("pow(2.0, 3, 5):", 2.0, 3, 5)
attempt("pow(2, 3, 5):", 2, 3, 5)
try:
    (1j).__pow__(2, 3)
except ValueError as e:
    print("(1j).__pow__(2, 3): ValueError:", e)
try:
    (1j).__rpow__(2, 3)
except ValueError as e:
    print("(1j).__rpow__(2, 3): ValueError:", e)
