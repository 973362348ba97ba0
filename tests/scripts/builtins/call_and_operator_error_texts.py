# The exact TypeError texts of failed operators and calls. The engine used to
# say "for **" and "for //" where CPython says "for ** or pow()" and "for
# divmod()", give pow() with three arguments the float message, leave the
# callee out of "argument after * / **", and let a keyword after **{...}
# silently replace the same name.
from collections import OrderedDict

def f(c, d=0):
    return (c, d)

class K:
    def m(self, c):
        return c

class Callable:
    def __call__(self, c):
        return c
    def __str__(self):
        return "the callable"

def outer():
    def inner(c):
        pass
    return inner

class Pair:
    def __divmod__(self, other):
        return "divmod"
    def __rdivmod__(self, other):
        return "rdivmod"

class HalfNumber:
    def __floordiv__(self, other):
        return 1
    def __mod__(self, other):
        return 2

class Mapping:
    def keys(self):
        return ["c", "d"]
    def __getitem__(self, key):
        return key.upper()

cases = [
    lambda: 2 ** "a", lambda: "a" ** 2, lambda: pow(2, "a"), lambda: pow(1, 2, "a"), lambda: pow("a", 2, 3),
    lambda: pow(1.0, 2, 3), lambda: pow(1, "a", 2.5), lambda: pow(None, None, None),
    lambda: divmod("a", 1), lambda: divmod(1, "a"), lambda: divmod([], []), lambda: divmod(1.5, "x"),
    lambda: divmod(1.0, 0), lambda: divmod(1, 0.0), lambda: divmod(7, 0), lambda: divmod(2**70, 0),
    lambda: divmod(HalfNumber(), 1), lambda: divmod(Pair(), 1), lambda: divmod(1, Pair()), lambda: divmod(1 + 2j, 1),
    lambda: divmod(7, -2), lambda: divmod(-7.5, 2), lambda: divmod(True, 3),
    lambda: f(*5), lambda: f(**5), lambda: f(c=1, **{"c": 2}), lambda: f(1, **{"c": 2}),
    lambda: f(**{"c": 1}, **{"c": 2}), lambda: f(**{"c": 1}, c=2), lambda: f(**{"c": 1}, d=2, c=3),
    lambda: f(1, **{"d": 1}, d=2), lambda: f(*1.5, **5), lambda: f(*5, **{1: 2}), lambda: f(**{1: 2}),
    lambda: K().m(*5), lambda: K().m(**5), lambda: K().m(c=1, **{"c": 2}), lambda: K.m(**[]), lambda: K(*5),
    lambda: outer()(*5), lambda: print(*5), lambda: len(**5), lambda: len(*None), lambda: (lambda c: 0)(*5),
    lambda: print(**{"sep": 1}, **{"sep": 2}), lambda: [].append(*5), lambda: Callable()(*5),
    lambda: f(1, *5), lambda: [*5], lambda: (*5,), lambda: {*5}, lambda: f(*[], *5), lambda: f(*5, 1),
    lambda: {**5}, lambda: f(x=1, **5), lambda: dict(**5),
    lambda: f(*(1, 2)), lambda: f(*[3]), lambda: f(*"ab"), lambda: f(*(x for x in (4, 5))), lambda: f(*{6: 0}),
    lambda: f(**OrderedDict(c=7)), lambda: f(**Mapping()), lambda: {**Mapping(), "e": 1}, lambda: f(*range(2), **{}),
]
for case in cases:
    try:
        print(case())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
x = 2
try:
    x **= "a"
except TypeError as e:
    print(e)
