print("a b  c".split(), "  lead and trail  ".split(), "".split(), "a,b,,c".split(","))
print("a b c d".split(None, 2), "a,b,c,d".split(",", 1), "a,b,c,d".rsplit(",", 1), "a b c".rsplit(maxsplit=1))
print("a\tb\nc  d".split(), "x".split("x"), "1<>2<>3".split("<>"), "".split(","))
print("line1\nline2\r\nline3\n".splitlines(), "a\nb".splitlines(True), "".splitlines())
print("key=value=x".partition("="), "no-sep".partition("="), "a.b.c".rpartition("."), "abc".rpartition("x"))
try:
    "a".split("")
except ValueError as e:
    print(e)
