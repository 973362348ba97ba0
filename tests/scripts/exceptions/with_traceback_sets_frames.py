# e.with_traceback(tb) and e.__traceback__ = tb replace e's frames (None clears them); anything else is a TypeError
def fail():
    raise KeyError("orig")


def depth(e):
    t = e.__traceback__
    n = 0
    while t is not None:
        n += 1
        t = t.tb_next
    return n


try:
    fail()
except KeyError as e:
    err = e
print(depth(err))
print(depth(err.with_traceback(None)))
try:
    fail()
except KeyError as e:
    err.__traceback__ = e.__traceback__
print(depth(err))
err.__traceback__ = None
print(depth(err))
for bad in (5, "tb"):
    try:
        err.with_traceback(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        err.__traceback__ = bad
    except TypeError as e:
        print("TypeError:", e)


def convert():
    try:
        fail()
    except KeyError as e:
        raise ValueError("converted").with_traceback(e.__traceback__) from None


convert()
