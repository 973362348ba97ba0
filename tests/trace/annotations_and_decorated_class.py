# Step events around annotations and decorated classes: a bare `name: type`
# in a function is no step at all, and a decorated class body starts on the
# decorator's line.
def tag(cls):
    cls.tagged = True
    return cls


@tag
class Point:
    x: int
    y: int = 0


def area(w, h):
    result: int
    scale: float = 1.0
    result = w * h
    return result * scale


print(area(2, 3), Point.tagged, Point.__annotations__)
