# Comprehensions over several lines: where each one's frame returns (a
# generator expression at its first line, a comprehension at its last clause).
r = list(v for v in [1]
         if v > 0)
s = list(v for v in [1, 2]
         if v)
t = [v for v in [1, 0]
     if v > 0]
u = {v: w for v in [1]
     for w in [2, 3] if w > v}
print(r, s, t, u)
w = sum(x
        for x in range(3)
        if x != 1)
