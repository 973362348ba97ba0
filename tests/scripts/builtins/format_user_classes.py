def error_of(thunk):
    try:
        return f"no error: {thunk()!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"

class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self): return "Money!"
    def __repr__(self): return f"Money({self.cents})"
m = Money(12345)
print(format(m), format(m, "short"), "{}".format(m), "{:short}".format(m), f"{m:.1f}", f"{m!r}", f"{m!s}")
class Plain:
    def __str__(self): return "plain"
print(format(Plain()), "{}".format(Plain()), "{:>8}".format("x"), str(Plain()))
print(error_of(lambda: format(Plain(), "x")))
print(error_of(lambda: format(None, "d")))
print(format(None), format([1, 2]), format((1,), ""), "{0!r:>10}".format("a"))
# An f-string with no spec still asks __format__ (it used to print str()).
class Marker:
    def __format__(self, spec): return "F" + spec
    def __str__(self): return "S"
print(f"{Marker()}", f"{Marker():x}", f"{Marker()!s}", f"{Marker()!r:.3}")
class BadFormat:
    def __format__(self, spec): return 42
print(error_of(lambda: f"{BadFormat()}"))
