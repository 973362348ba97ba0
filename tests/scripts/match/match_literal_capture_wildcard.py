# match: literal, singleton, capture, wildcard and value (dotted name) patterns.
class Color:
    RED = "red"
    GREEN = "green"

def describe(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hi" "!":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "the red colour"
        case 1+2j | -1.5-0.5j | 3j:
            return "a complex literal"
        case _:
            return "something else: " + repr(v)

for v in [0, 0.0, False, -1, 2.5, "hi!", None, True, 1, "red", "blue", complex(1, 2), -1.5-0.5j, 3j, 3]:
    print(repr(v), "->", describe(v))

def capture(v):
    match v:
        case 1:
            print("one")
        case other:
            print("captured", other)
    return other if v != 1 else None

print(capture(1), capture(5))

# A failed pattern leaves earlier values of its names alone.
x = "before"
match [1, 2]:
    case [x, 3]:
        print("no")
    case [_, y]:
        print("y is", y, "and x is still", x)

# The subject may be a tuple without parentheses.
a, b = 3, 4
match a, b:
    case (3, q):
        print("q", q)

# No case matches: nothing happens.
match 42:
    case 1:
        print("never")
print("done")
