# An assignment expression in a comprehension in a class body is refused.
class C:
    y = [(z := 1) for q in range(2)]
