# A generator and a closure can share one nonlocal variable.
def make():
    produced = 0
    def gen():
        nonlocal produced
        while True:
            produced += 1
            yield produced
    def how_many():
        return produced
    return gen(), how_many

g, how_many = make()
next(g)
next(g)
print(how_many())
