def error_of(thunk):
    try:
        return f"no error: {thunk()!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"

def gen(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i

print("enumerate:")
e = enumerate(gen("g", 3), start=10)
print(next(e))
print(list(e))
print("zip:")
z = zip(gen("a", 3), gen("b", 2))
print(list(z))
print("map:")
m = map(lambda x, y: x + y, gen("p", 2), gen("q", 5))
print(next(m))
print(list(m))
print("filter:")
print(list(filter(lambda x: x % 2, gen("f", 4))))
print(list(filter(None, [0, "", "x", [], [1]])))
print(list(zip()), list(zip([1, 2, 3])))
print(error_of(lambda: list(zip([1, 2], [3], strict=True))))
print(error_of(lambda: list(zip([1], [3, 4], strict=True))))
print(error_of(lambda: map(len)))
