# Inside a function the comprehension's assignment-expression target is a
# local of the function (shared through a cell), also for a nested function,
# and a global when the function declares it global.
def running():
    acc = 0
    out = [acc := acc + v for v in [5, 10, 15]]
    return out, acc

print(running())

def first_long(words):
    if any(len(found := w) > 3 for w in words):
        return found
    return None

print(first_long(["to", "be", "brave", "now"]), first_long(["a"]))

def outer():
    def inner():
        return [seen := n for n in range(3)], seen
    return inner()

print(outer())

counter = 0
def bump():
    global counter
    [counter := counter + 1 for _ in range(3)]
    return counter

print(bump(), counter)

def lazy():
    g = (mark := i for i in range(3))
    first = next(g)
    return first, mark

print(lazy())
