# A return inside a generator becomes StopIteration.value.
def gen():
    yield "a"
    return "done"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
    print("args:", e.args)
