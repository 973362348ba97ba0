# complex's dunder methods called directly with too few or too many
# arguments, or through the class on something else: each raises CPython's
# TypeError (the slot wrappers' own wording).
z = 3 + 4j

binary = ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
          "__truediv__", "__rtruediv__", "__eq__", "__ne__"]
ternary = ["__pow__", "__rpow__"]
unary = ["__neg__", "__pos__", "__abs__", "__bool__", "__repr__", "__hash__"]


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for name in binary:
    bound = getattr(z, name)
    attempt(name + "()", bound)
    attempt(name + "(1)", bound, 1)
    attempt(name + "(1, 2)", bound, 1, 2)
    attempt("complex." + name + "(z)", getattr(complex, name), z)
    attempt("complex." + name + "()", getattr(complex, name))
    attempt("complex." + name + "(1, z)", getattr(complex, name), 1, z)

for name in ternary:
    bound = getattr(z, name)
    attempt(name + "()", bound)
    attempt(name + "(2)", bound, 2)
    attempt(name + "(2, None)", bound, 2, None)
    attempt(name + "(2, 3)", bound, 2, 3)
    attempt(name + "(2, 3, 4)", bound, 2, 3, 4)
    attempt("complex." + name + "(z)", getattr(complex, name), z)
    attempt("complex." + name + "()", getattr(complex, name))
    attempt("complex." + name + "(1.0, 2)", getattr(complex, name), 1.0, 2)

for name in unary:
    bound = getattr(z, name)
    attempt(name + "()", bound)
    attempt(name + "(2)", bound, 2)
    attempt(name + "(2, 3)", bound, 2, 3)
    attempt("complex." + name + "(z)", getattr(complex, name), z)
    attempt("complex." + name + "(z, 2)", getattr(complex, name), z, 2)
    attempt("complex." + name + "()", getattr(complex, name))
    attempt("complex." + name + "('x')", getattr(complex, name), "x")

# complex.__str__ is object.__str__; only the bound one is complex's
attempt("__str__()", z.__str__)
attempt("__str__(2)", z.__str__, 2)

attempt("conjugate()", z.conjugate)
attempt("conjugate(1)", z.conjugate, 1)
attempt("complex.conjugate()", complex.conjugate)
attempt("complex.conjugate(1.5)", complex.conjugate, 1.5)
attempt("pow(z, 2, None)", pow, z, 2, None)
