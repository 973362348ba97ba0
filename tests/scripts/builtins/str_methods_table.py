strings = ["", "a", "Hello World", "  padded\t\n", "ab,cd,,ef", "MiXeD cAsE 123", "tab\tsep\tline", "x1_y2", "ÉCOLE été", "a\nb\r\nc\rd"]
calls = [
    ("upper", ()), ("lower", ()), ("title", ()), ("capitalize", ()), ("swapcase", ()), ("casefold", ()),
    ("strip", ()), ("lstrip", ()), ("rstrip", ()), ("strip", ("a",)), ("split", ()), ("split", (",",)),
    ("split", (None, 1)), ("rsplit", (None, 1)), ("rsplit", (",", 2)), ("splitlines", ()), ("splitlines", (True,)),
    ("partition", (" ",)), ("rpartition", (",",)), ("find", ("l",)), ("rfind", ("l",)), ("find", ("",)),
    ("rfind", ("",)), ("count", ("a",)), ("count", ("",)), ("startswith", ("a",)), ("endswith", ("d",)),
    ("replace", ("a", "A")), ("replace", ("", "|")), ("center", (9,)), ("center", (10, "*")), ("ljust", (8, "-")),
    ("rjust", (8,)), ("zfill", (6,)), ("expandtabs", ()), ("expandtabs", (2,)), ("isalpha", ()), ("isdigit", ()),
    ("isalnum", ()), ("isspace", ()), ("isupper", ()), ("islower", ()), ("istitle", ()), ("isidentifier", ()),
    ("isdecimal", ()), ("isnumeric", ()), ("isprintable", ()), ("isascii", ()), ("removeprefix", ("a",)),
    ("removesuffix", ("d",)), ("index", ("",)),
]
for s in strings:
    row = []
    for name, args in calls:
        try:
            row.append(repr(getattr(s, name)(*args)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(s), " ".join(row))
print(" | ".join(["{:<6}".format(s[:4]) for s in strings]))
print([s[1:4] for s in strings], [s[::-1] for s in strings], [s[-3:] for s in strings])
