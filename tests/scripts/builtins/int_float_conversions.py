def error_of(thunk):
    try:
        return f"no error: {thunk()!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(int("  42  "), int("-7"), int("1_000"), int(3.99), int(-3.99), int(True), int())
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("777", 8), int("z", 36), int("0o17", 0))
print(int(1e20), int("123456789012345678901234567890"))
print(float("1.5"), float(" -2e3 "), float("inf"), float("-Infinity"), float("nan"), float(7), float())
print(float("1_000.5"), float(".5"), float("5."), float(10**20))
for bad in ["abc", "1.5", "", "0x", "1__0", "08"]:
    print(error_of(lambda: int(bad, 0) if bad == "08" else int(bad)))
for bad in ["x", "1e", "", "1.2.3"]:
    print(error_of(lambda: float(bad)))
for bad in [[1], None, {}]:
    print(error_of(lambda: int(bad)))
    print(error_of(lambda: float(bad)))
print(error_of(lambda: int(float("inf"))))
print(error_of(lambda: int(float("nan"))))
print(error_of(lambda: int("10", 99)))
print(error_of(lambda: int(5, 10)))
