def f(a, b=2):
    c = a + b
    print(sorted(locals().items()), dir(), sorted(vars()))
    d = 5
    def inner():
        return d
    print(sorted(locals()), inner())
f(1)
x = 10
print([n for n in dir() if not n.startswith("__")], "x" in globals(), globals()["x"], "f" in vars())
class C:
    z = 1
    def m(self): pass
print([n for n in dir(C) if not n.startswith("__")], [n for n in dir(C()) if not n.startswith("__")])
