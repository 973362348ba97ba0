# Common str methods.
s = "  Hello, World  "
print(repr(s.strip()), s.lower(), s.upper())
print("a,b,,c".split(","), "one two  three".split())
print("-".join(["x", "y", "z"]), "abc".replace("b", "B"))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".find("l"), "hello".count("l"))
print("42".isdigit(), "ab".isalpha(), "Title case".title(), "x".center(5, "*"))
