# print's sep and end keywords, and printing no arguments.
print(1, 2, 3, sep=", ")
print("no newline", end="")
print()
print("a", "b", sep="")
print(None, True, 1.5, [None], {"k": (1,)})
