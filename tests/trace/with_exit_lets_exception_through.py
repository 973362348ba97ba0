# An exception leaving a `with` block whose __exit__ returns None: the
# frame ends on the line that raised (CPython's RERAISE restores it).
class C:
    def __enter__(self): pass
    def __exit__(self, *a): pass
def f():
    with C():
        raise KeyError
try:
    f()
except KeyError:
    pass

# Two managers in one `with`: the frame is back on the raising line between
# the two __exit__ calls, so the outer one's handler is a new line event.
class A:
    def __enter__(self): pass
    def __exit__(self, *a): pass
def h():
    with A(), A():
        raise KeyError
try:
    h()
except KeyError:
    pass
