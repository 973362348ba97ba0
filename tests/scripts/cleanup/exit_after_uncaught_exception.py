# A program that ends with an uncaught exception: python3 prints the
# traceback, then deletes sys.last_traceback first as it exits, so the
# generator local to the failing frame closes before those the names hold.
def gen(tag):
    try:
        yield tag
    finally:
        print("finally", tag)


a = gen("global a")
next(a)


def fail():
    local = gen("local of the failing frame")
    next(local)
    raise ValueError("boom")


b = gen("global b")
next(b)
fail()
