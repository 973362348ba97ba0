# object.__init__, __setattr__ and __delattr__: the defaults a class's own
# methods call, directly or through super().
class Point:
    def __init__(self, x):
        object.__init__(self)
        super().__init__()
        self.x = x

    def __setattr__(self, name, value):
        print("setting", name)
        super().__setattr__(name, value)


p = Point(3)
print(p.x)
object.__setattr__(p, "y", 4)
print(p.y)
object.__delattr__(p, "y")
print(hasattr(p, "y"))
delattr(p, "x")
print(hasattr(p, "x"))
try:
    object.__init__(p, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__setattr__(p, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(int, "real")
except TypeError as e:
    print("TypeError:", e)
try:
    Point.__setattr__(p)
except TypeError as e:
    print("TypeError:", e)
