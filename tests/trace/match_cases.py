class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def commands(lines):
    for line in lines:
        match line.split():
            case ["go", direction]:
                yield ("move", direction)
            case ["take", *items] if items:
                yield ("take", len(items))
            case ["quit" | "exit"]:
                return
            case _:
                yield ("unknown", line)

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return y
        case {"x": x, **rest}:
            return rest
        case [Point() as a, *_]:
            return a.x
    return None

for c in commands(["go north", "take key lamp", "take", "dance", "quit", "go south"]):
    print(c)
print(where(Point(0, 0)), where(Point(0, 3)), where({"x": 1, "z": 2}), where([Point(5, 6)]), where(7))
