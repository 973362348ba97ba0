print(", ".join(["a", "b", "c"]), "".join(reversed("abc")), "-".join(str(i) for i in range(4)), "x".join([]))
print("[" + "ab".center(6) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abc".ljust(6, ".") + "]", "[" + "abc".rjust(6) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "a\tb\tc".expandtabs(4))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "x".removeprefix("y"))
try:
    ", ".join([1, 2])
except TypeError as e:
    print(e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
