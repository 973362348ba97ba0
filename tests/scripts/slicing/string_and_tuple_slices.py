# Slicing works on strings and tuples too.
s = "generator"
print(s[:3], s[3:], s[::-1], s[1::3])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
