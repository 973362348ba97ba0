# A program that ends with an uncaught exception: python3 prints the
# traceback, then deletes sys.last_traceback first as it exits, so the
# generator local to the failing frame closes before those the names hold.
def watched(name):
    print("started", name)
    try:
        yield
    finally:
        print("closed", name)


a, b = watched("global a"), watched("global b")
next(a), next(b)


def fail():
    local = watched("local of the failing frame")
    next(local)
    raise ValueError("boom")


fail()
