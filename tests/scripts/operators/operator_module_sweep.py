# Every operator-module function over pairs of values of 15 kinds: results, reflected methods and messages as CPython's.
import operator
vals = [0, -3, 2.5, True, None, "ab", b"ab", [1], (1,), {1: 2}, {1}, frozenset({2}), range(3), 10**20, float("inf")]
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor", "lt", "le", "eq", "ne", "gt", "ge", "matmul"]
for op in ops:
    f = getattr(operator, op)
    for a in vals:
        for b in vals:
            if op == "mod" and isinstance(a, bytes): continue  # bytes %-formatting is refused by name
            if op == "pow" and isinstance(a, int) and isinstance(b, int) and abs(b) > 1000: continue
            if op in ("lshift",) and isinstance(b, int) and b > 1000: continue
            if op == "mul" and isinstance(b, int) and b > 1000 and isinstance(a, (str, bytes, list, tuple)): continue
            if op == "mul" and isinstance(a, int) and a > 1000 and isinstance(b, (str, bytes, list, tuple)): continue
            try:
                r = f(a, b)
                print(op, repr(a), repr(b), "->", repr(r)[:50])
            except Exception as e:
                print(op, repr(a), repr(b), "!!", type(e).__name__, e)


class Loose:
    def __le__(self, other):
        return "le answered"

    def __neg__(self):
        return "negated"

    def __contains__(self, item):
        return item == 3


print(operator.le(Loose(), 1), operator.ge(1, Loose()), operator.neg(Loose()), operator.neg(0.0))
print(operator.contains(Loose(), 3), operator.contains([1, 2], 2), operator.lt({1}, {1, 2}), operator.eq([1], [1]))
