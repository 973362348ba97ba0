# An uncaught exception of a nested class ends with its __qualname__, as
# python3 prints it: "A.B: x" (the engine said "B: x").
class A:
    class B(Exception):
        pass


def fail():
    class Local(ValueError):
        pass
    try:
        raise Local("inner")
    except Local:
        raise A.B("x")


fail()
