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


# For each kind of slot: the calls on the bound method, then through the class.
cases = [
    (binary, [(), (1,), (1, 2)], [(z,), (), (1, z)]),
    (ternary, [(), (2,), (2, None), (2, 3), (2, 3, 4)], [(z,), (), (1.0, 2)]),
    (unary, [(), (2,), (2, 3)], [(z,), (z, 2), (), ("x",)]),
]
for names, bound_calls, class_calls in cases:
    for name in names:
        for args in bound_calls:
            attempt(f"{name}{args}", getattr(z, name), *args)
        for args in class_calls:
            attempt(f"complex.{name}{args}", getattr(complex, name), *args)

# complex.__str__ is object.__str__; only the bound one is complex's
attempt("__str__()", z.__str__)
attempt("__str__(2)", z.__str__, 2)

attempt("conjugate()", z.conjugate)
attempt("conjugate(1)", z.conjugate, 1)
attempt("complex.conjugate()", complex.conjugate)
attempt("complex.conjugate(1.5)", complex.conjugate, 1.5)
attempt("pow(z, 2, None)", pow, z, 2, None)
