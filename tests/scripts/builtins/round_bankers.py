def error_of(thunk):
    try:
        return f"no error: {thunk()!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(1234.5678, -2))
print(round(15, -1), round(25, -1), round(1234, -2), round(7), round(7, 2))
print(round(1e300, 2), round(-2.5), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
print(error_of(lambda: round(float("inf"))))
print(error_of(lambda: round(float("nan"))))
print(error_of(lambda: round("1")))
