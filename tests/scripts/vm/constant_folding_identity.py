# Constants are folded and merged as CPython 3.11's compiler does, and `is` shows it:
# "hel" + "lo" and "ab" * 3 are folded (within MAX_STR_SIZE) into the same object as
# the literal they spell, and equal constant tuples are one object across the module.
# Both were separate objects here, so `is` said False; the SyntaxWarning now names them.
s = "hello"
t = "hel" + "lo"
print(s is t, s == t)
u = "ab" * 3
print(u is "ababab")
print("ab" * True is "ab", "ab" * 0 is "", "é" * 2 + "x" is "ééx", 3 * "xy" is "xyxy" * 1 + "xy")
print("ab" * 2048 is "ab" * 2048, "abc" * 2000 is "abc" * 2000)
joined = "".join(["hel", "lo"])
print(joined is s, joined == s)

def f():
    return (1, 2)
pair = (1, 2)
print(f() is pair, pair is (1, 2), (1, 2.0) is (1, 2), (1, True) is (1, 1))

def g():
    yield (0.0, "x")
    yield (-0.0, "x")
a, b = g()
print(a is b, a is (0.0, "x"))
print((1, 2, 3, 4) is (1, 2, 3, 4), [1, 2, 3, 4] is [1, 2, 3, 4])
