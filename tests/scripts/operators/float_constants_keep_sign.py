# Equal-looking float constants in one code object: 0.0 and -0.0 are two
# constants (a compiler that merged them would print 0.0 twice).
x = 0.0
y = -0.0
z = 0.0
print(x, y, z, 1.5 + 1.5, -0.0 == 0.0)
pair = lambda: (0.0, -0.0, 0.0)
print(pair())
print([v for v in (2.5, -2.5, 2.5)])
