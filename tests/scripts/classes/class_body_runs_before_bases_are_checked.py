# A class statement runs its body first; type() checks the bases only when it
# makes the class from what the body defined. So a body's print shows even
# when the class cannot be made, and the message is type()'s.
class Shape:
    pass


class Circle(Shape):
    pass


attempts = {
    "bool base": lambda: type("Flag", (bool,), {}),
    "a base twice": lambda: type("Twice", (Shape, Shape), {}),
    "no consistent order": lambda: type("Odd", (Shape, Circle), {}),
}
for what, attempt in attempts.items():
    try:
        attempt()
    except TypeError as e:
        print(what, "->", e)

try:

    class Ring(Circle, Circle):
        print("the body of Ring runs")
        radius = 1

except TypeError as e:
    print("TypeError:", e)
