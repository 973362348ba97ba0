# str methods' argument errors in CPython's wording: "find() takes at least 1 argument (0 given)" for the PyArg_ParseTuple and keyword-clinic methods, the fill character's own messages, splitlines' int keepends, str()'s encoding checked before its object
def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


s = "a,b\nc"
for name in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith", "split", "rsplit",
             "splitlines", "expandtabs", "encode", "strip", "replace", "center"):
    method = getattr(s, name)
    attempt(lambda: method())
    attempt(lambda: method(",", 1, 2, 3, 4))
for name in ("center", "ljust", "rjust"):
    method = getattr(s, name)
    attempt(lambda: method(9, 1))
    attempt(lambda: method(9, "ab"))
    attempt(lambda: method(9, ""))
    attempt(lambda: method(9, "*"))
attempt(lambda: s.splitlines("x"))
attempt(lambda: s.splitlines(None))
attempt(lambda: s.splitlines(1.0))
attempt(lambda: s.splitlines(2))
attempt(lambda: s.splitlines(keepends=True))
attempt(lambda: str(1, 2))
attempt(lambda: str(b"a", "utf-8", 2))
attempt(lambda: str(1, "utf-8"))
attempt(lambda: str("a", "utf-8"))
attempt(lambda: str(b"a", "ascii"))
