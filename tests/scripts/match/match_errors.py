# match: the runtime errors CPython raises for bad class patterns.
class NoArgs:
    def __init__(self):
        self.x = 1

class BadArgs:
    __match_args__ = ["x"]
    x = 1

class NotStr:
    __match_args__ = (1,)

class Twice:
    __match_args__ = ("x",)
    x = 2

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

# One positional sub-pattern against the class `cls` names.
def one_positional(cls, v):
    match v:
        case cls(1):
            return "matched"
    return "no"

def twice(v):
    match v:
        case Twice(x, x=y):
            return "matched"
    return "no"

def not_class(v):
    match v:
        case len():
            return "matched"
    return "no"

def too_many(v):
    match v:
        case int(1, 2):
            return "matched"
    return "no"

def missing_attr(v):
    match v:
        case NoArgs(y=1):
            return "matched"
    return "no"

attempt("no __match_args__:", lambda: one_positional(NoArgs, NoArgs()))
attempt("wrong instance skips the check:", lambda: one_positional(NoArgs, 5))
attempt("list __match_args__:", lambda: one_positional(BadArgs, BadArgs()))
attempt("non-str element:", lambda: one_positional(NotStr, NotStr()))
attempt("attribute twice:", lambda: twice(Twice()))
attempt("not a class:", lambda: not_class(1))
attempt("int with two:", lambda: too_many(1))
attempt("missing attribute:", lambda: missing_attr(NoArgs()))

class Key:
    A = "a"
    B = "a"

def dup(v):
    match v:
        case {Key.A: 1, Key.B: 2}:
            return "matched"
    return "no"

attempt("duplicate key:", lambda: dup({"a": 1, "b": 2}))
attempt("too short for the keys:", lambda: dup({"a": 1}))
