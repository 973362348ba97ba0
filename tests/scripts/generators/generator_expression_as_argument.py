# A genexp as the only argument needs no extra parentheses; dict() and max() accept one.
print(dict((k, k * k) for k in range(3)))
print(max(len(s) for s in ["a", "ccc", "bb"]))
print("".join(c.upper() for c in "abc"))
