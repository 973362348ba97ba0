# g.throw(type, value, tb): tb must be a traceback (checked first), the thrown exception carries tb's frames, and the class form drops a reused instance's old frames
def gen():
    yield 1


def fail():
    raise KeyError("orig")


def depth(e):
    """How many frames the exception's traceback holds (one line number each)."""
    frames, tb = [], e.__traceback__
    while tb:
        frames.append(tb.tb_lineno)
        tb = tb.tb_next
    return len(frames)


try:
    fail()
except KeyError as e:
    err = e
    tb = e.__traceback__
print("err frames", depth(err))

g = gen()
next(g)
try:
    g.throw(ValueError, ValueError("v"), tb)
except ValueError as e:
    print("with tb:", depth(e))

for args in [(ValueError, 1, 2), (5, None, 3), (ValueError("a"), None, "tb")]:
    g = gen()
    next(g)
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)

try:
    g.throw(ValueError, 1, None, 4)
except TypeError as e:
    print("TypeError:", e)

g = gen()
next(g)
try:
    g.throw(KeyError, err)
except KeyError as e:
    print("class form drops old frames:", depth(e))

g = gen()
next(g)
try:
    g.throw(err)
except KeyError as e:
    print("instance form keeps them:", depth(e))

g = gen()
next(g)
g.throw(RuntimeError, RuntimeError("uncaught"), tb)
