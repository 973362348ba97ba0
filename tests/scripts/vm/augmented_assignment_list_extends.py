a = [1]
b = a
a += (2, 3)
a *= 2
t = (1,)
u = t
t += (2,)
print(a, b is a, t, u)
