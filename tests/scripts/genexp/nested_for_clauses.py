# Several for clauses nest left to right.
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(list(c + d for c in "ab" for d in "xy" if d != "x"))
