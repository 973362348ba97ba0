# An instruction that fails has already let go of its operands when the
# exception is reported: a generator passed to len() is closed (its
# never-started frame reports call, exception, return) before the caller's
# exception event, and an object with __del__ is freed then too, as CPython
# does. A `with` on something that is not a context manager keeps it until
# the frame unwinds.
class Temp:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def numbers():
    yield 1


def attempt(label, action):
    try:
        action()
    except Exception as e:
        print(label, "->", type(e).__name__)


attempt("len", lambda: len(numbers()))
attempt("add", lambda: Temp("left") + 1)
attempt("radd", lambda: 1 + Temp("right"))
attempt("subscript", lambda: Temp("indexed")[0])
attempt("compare", lambda: Temp("compared") < 1)
attempt("in", lambda: 1 in Temp("container"))
attempt("negate", lambda: -Temp("negated"))
attempt("iterate", lambda: [x for x in Temp("iterated")])
attempt("dict", lambda: {Temp("key"): 1, []: 2})
attempt("set", lambda: {Temp("member"), []})
attempt("star call", lambda: len(*[Temp("starred")]))
attempt("format", lambda: f"{Temp('formatted'):d}")


def store_item():
    Temp("target")[0] = 1


def unpack():
    a, b = Temp("unpacked")


def with_block():
    with Temp("manager"):
        pass


attempt("store", store_item)
attempt("unpack", unpack)
attempt("with", with_block)
