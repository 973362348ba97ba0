# Lambdas are small anonymous functions; a conditional expression picks a value.
square = lambda x: x * x
sign = lambda x: "negative" if x < 0 else ("zero" if x == 0 else "positive")
print(square(7), [sign(v) for v in (-3, 0, 2)])
print(sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda p: (p[0], p[1])))
print((lambda *args, **kw: (args, kw))(1, 2, k=3))
