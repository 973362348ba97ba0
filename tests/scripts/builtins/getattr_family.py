def error_of(thunk):
    try:
        return f"no error: {thunk()!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"

class P:
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "y", "default"), hasattr(p, "x"), hasattr(p, "y"))
setattr(p, "y", 5)
print(p.y, vars(p))
delattr(p, "y")
print(hasattr(p, "y"))
print(error_of(lambda: getattr(p, "zz")))
print(error_of(lambda: delattr(p, "zz")))
print(error_of(lambda: getattr(p, 5)))
print(getattr("abc", "upper")())
print([n for n in dir(p) if not n.startswith("__")])
