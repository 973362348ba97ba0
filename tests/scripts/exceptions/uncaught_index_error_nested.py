# The traceback lists every frame, outermost first.
def first(xs):
    return xs[0]

def head_of_head(xss):
    return first(xss[0])

print(head_of_head([[1]]))
print(head_of_head([[]]))
