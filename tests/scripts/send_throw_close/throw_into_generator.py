# throw() raises the exception at the paused yield; the generator may handle it.
def resilient():
    while True:
        try:
            yield "working"
        except ValueError as e:
            print("handled:", e)
            yield "recovered"

g = resilient()
print(next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
