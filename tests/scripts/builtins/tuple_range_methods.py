def error_of(thunk):
    try:
        return f"no error: {thunk()!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"

t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 2), len(t))
r = range(0, 20, 3)
print(r, r.start, r.stop, r.step, len(r), r.index(9), r.count(9), r.count(10), 9 in r, list(r[1:3]))
print(range(5), range(1, 5), range(10, 0, -2), list(range(10, 0, -2)), len(range(0)))
print(slice(1, 5), slice(3), slice(1, 10, 2).step)
print(error_of(lambda: range(1, 2, 0)))
print(error_of(lambda: range(1.5)))
print(error_of(lambda: r.index(10)))
