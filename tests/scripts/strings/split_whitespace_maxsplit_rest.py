# split()/rsplit() on whitespace with a maxsplit: the unsplit rest keeps its far-side
# whitespace, as CPython's: "cmd  arg one  ".split(None, 1) == ['cmd', 'arg one  '].
for text in [" a b ", "  a  b  c  ", "a\tb\n c \n", "solo", "   ", "x\u3000y\u3000"]:
    for n in [0, 1, 2, -1]:
        print(repr(text), n, text.split(None, n), text.rsplit(None, n), text.encode().split(None, n))


def commands(lines):
    for line in lines:
        name, *rest = line.split(maxsplit=1)
        yield name, rest[0] if rest else ""


for name, arg in commands(["say  hello world  ", "quit", "  echo \tspaced out\t"]):
    print(f"{name!r} -> {arg!r}")
print("  key = value  ".rsplit(maxsplit=1), "  key = value  ".split(maxsplit=2))
