# f-strings with expressions, format specs and repr conversion.
name = "Ada"
n = 7
pi = 3.14159
print(f"{name} has {n} items")
print(f"{n * 2} {n:03d} {pi:.2f} {name!r} {n:>4}|{n:<4}|")
print(f"{[1, 2]} {n / 2} {'nested'}")
