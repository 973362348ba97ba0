# str % x takes any object with __getitem__ as the mapping (then unused arguments are fine), and %a escapes non-ASCII.
class Row:
    def __getitem__(self, k): return k.upper()
for fmt, arg in [("ab", [1]), ("ab", b"x"), ("ab", range(2)), ("%(x)s", Row()), ("ab", Row()), ("%s", [1]), ("%a", "é"), ("%a|%r", ("ü", "ü")),
                 ("%(x)s", [1]), ("%s %s", [1]), ("%d", Row()), ("ab", 5), ("ab", (1,)), ("ab", {}), ("%(a)s%%", {"a": 1})]:
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)
