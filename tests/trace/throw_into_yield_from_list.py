# throw() into a generator delegating to a list: the list iterator has no
# throw(), so the exception is raised at the `yield from` and ends the
# generator; a later resume of another generator is still a resume.
def a():
    yield from [1, 2]
def p():
    yield 1
    yield 2
h = p()
next(h)
g = a()
next(g)
try:
    g.throw(ValueError)
except ValueError:
    pass
next(h)
