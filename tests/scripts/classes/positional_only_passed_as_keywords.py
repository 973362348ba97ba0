# A call naming positional-only parameters by keyword lists every such name, in the parameters' order, as CPython's positional_only_passed_as_keyword does, and reports them before an unknown keyword met first.
def f(a, b, /, c=1):
    return a, b, c

def g(a, /, **rest):
    return a, rest

calls = [
    lambda: f(a=1, b=2),
    lambda: f(1, 2, b=3),
    lambda: f(b=1, a=2, c=3),
    lambda: f(1, 2, x=1, a=3),
    lambda: f(1, 2, x=1),
    lambda: f(1, 2, c=5),
    lambda: g(1, a=2),
    lambda: (lambda x, /: x)(x=1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
