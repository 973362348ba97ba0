# x * seq and x *= seq fall back on the sequence's repetition as CPython does: which operand's methods are asked, and each message.
class A: pass
class N:
    def __index__(self): return 2
class R:
    def __rmul__(self, other): return "R.__rmul__"
for x in (2, True, 1.5, None, range(3), {}, set(), A(), N(), 2+1j, R(), [1], "ab", (1,), b"x", bytearray(b"y"), 10**20):
    for seq in ([0], "ab", (1,), b"z"):
        for inplace in (False, True):
            try:
                if inplace:
                    y = x
                    y *= seq
                    r = y
                else:
                    r = x * seq
                print(type(x).__name__, type(seq).__name__, inplace, "->", repr(r)[:40])
            except Exception as e:
                print(type(x).__name__, type(seq).__name__, inplace, "!!", type(e).__name__, e)
