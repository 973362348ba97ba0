# Closing a generator that never started does not run its body.
def body():
    print("never printed")
    yield 1

g = body()
g.close()
print(list(g))
