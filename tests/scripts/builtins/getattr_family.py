class P:
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "y", "default"), hasattr(p, "x"), hasattr(p, "y"))
setattr(p, "y", 5)
print(p.y, vars(p))
delattr(p, "y")
print(hasattr(p, "y"))
try:
    getattr(p, "zz")
except AttributeError as e:
    print(e)
try:
    delattr(p, "zz")
except AttributeError as e:
    print(e)
try:
    getattr(p, 5)
except TypeError as e:
    print(e)
print(getattr("abc", "upper")())
print([n for n in dir(p) if not n.startswith("__")])
