def error_of(thunk):
    try:
        return f"no error: {thunk()!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"

def gen():
    yield from [3, 1, 3, 2]
print(list(gen()), tuple(gen()), set(gen()), frozenset(gen()), sorted(gen()))
print(list("abc"), tuple(range(3)), dict(zip("ab", [1, 2])), sorted(set("hello")))
print(list({"x": 1, "y": 2}), list({"x": 1}.items()), str(123), str([1, "a"]), str())
print(bool([]), bool([0]), bool(""), bool(None), bool(0.0), bool(object()))
print(list(), tuple(), dict(), set(), type(set()).__name__)
print(error_of(lambda: list(5)))
print(error_of(lambda: tuple(None)))
