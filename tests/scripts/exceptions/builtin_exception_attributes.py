# Instances of built-in exception classes take attributes as in CPython (they have a
# __dict__): err.row = 7 on a caught ValueError, del, vars(), __cause__ assignment.
e = ValueError("x")
e.code = 5
e.__cause__ = KeyError("k")
e.__context__ = None
print(e.code, repr(e.__cause__), e.__suppress_context__, vars(e))
try:
    try:
        int("z")
    except ValueError as err:
        err.row = 7
        raise
except ValueError as err:
    print("row", err.row, err)
del e.code
print(hasattr(e, "code"))
k = KeyError("a")
k.extra = [1]
raise k
