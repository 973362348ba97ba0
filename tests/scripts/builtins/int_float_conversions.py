print(int("  42  "), int("-7"), int("1_000"), int(3.99), int(-3.99), int(True), int())
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("777", 8), int("z", 36), int("0o17", 0))
print(int(1e20), int("123456789012345678901234567890"))
print(float("1.5"), float(" -2e3 "), float("inf"), float("-Infinity"), float("nan"), float(7), float())
print(float("1_000.5"), float(".5"), float("5."), float(10**20))
for bad in ["abc", "1.5", "", "0x", "1__0", "08"]:
    try:
        print(int(bad, 0) if bad == "08" else int(bad))
    except ValueError as e:
        print(e)
for bad in ["x", "1e", "", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
for bad in [[1], None, {}]:
    try:
        int(bad)
    except TypeError as e:
        print(e)
    try:
        float(bad)
    except TypeError as e:
        print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    int("10", 99)
except ValueError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
