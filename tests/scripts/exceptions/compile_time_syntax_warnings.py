# CPython's compile-time SyntaxWarnings go to stderr before the program runs: `is` with a
# literal, a parenthesized assert, and the "perhaps you missed a comma?" family.
def classify(n):
    if n is 0:
        return "zero"
    if n is not "one":
        return "some"


print(classify(0), classify(1))
x = 1
print(x is (None,), x is -1, x is 1 + 1, x is "a" "b", x is ~1, x is not None, x is (x, 1), x is [], x is not -True)
print(x is 1 is 2, 1 is x is 2)
assert (x, "always true")

try:
    pass
finally:
    print(x is 5)  # CPython compiles a finally body twice: two warnings
while x is 7:
    pass


def gen():
    yield x is 14


print(list(gen()), [x is 8 for _ in "a"])

try:
    points = [(1, 2) (3, 4)]
except TypeError as e:
    print(e)
try:
    grid = [[1, 2] [0, 1]]
except TypeError as e:
    print(e)
try:
    print("abc"[1.5])
except TypeError as e:
    print(e)
try:
    print(None[0], 1.5[0], True[0], (y for y in "a")[0], {1}[0], (lambda: 0)[0])
except TypeError as e:
    print(e)
try:
    print({}(), {1}(), [y for y in ""](), f"a{x}"(), None(), b"x"(), "s"(), -1(), (1 + 2)(), (x, 1)())
except TypeError as e:
    print(e)
try:
    print("ab"[x], "ab"[True], "ab"[::1], [1][-1], (1, 2)["a"], [1][(0,)], b"a"[1.0], f"{x}"["k"], [1][{}], [1][[0]])
except TypeError as e:
    print(e)
