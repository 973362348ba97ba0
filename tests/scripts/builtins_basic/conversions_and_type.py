# Conversions between types, and type().
print(int("42"), int(" 7 "), float("2.5"), str(3), bool(0), bool("x"), bool([]))
print(list("ab"), tuple([1, 2]), dict([("a", 1)]), sorted(set([3, 1, 3])))
print(type(1), type("s"), type([]), type(None).__name__)
print(isinstance(True, int), isinstance(1.0, (int, float)))
