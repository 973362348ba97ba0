# What a class's __len__/__bool__/__iter__/__index__/__int__/__float__/__repr__ return is checked where CPython checks it, with its messages.
class Bad:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
    def __bool__(self): return self.v
    def __iter__(self): return self.v
    def __index__(self): return self.v
    def __hash__(self): return self.v
    def __repr__(self): return self.v
    def __str__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __contains__(self, x): return self.v
    def __next__(self): raise StopIteration
values = [-1, 1.5, "s", None, [1], 0, 3]
ops = [("len", lambda b: len(b)), ("bool", lambda b: bool(b)), ("not", lambda b: not b), ("iter", lambda b: iter(b)),
       ("list", lambda b: list(b)), ("index", lambda b: [1, 2, 3][b]), ("hash", lambda b: hash(b)), ("repr", lambda b: repr(b)),
       ("str", lambda b: str(b)), ("int", lambda b: int(b)), ("float", lambda b: float(b)), ("in", lambda b: 1 in b),
       ("range", lambda b: range(b)), ("hex", lambda b: hex(b)), ("f", lambda b: f"{b}"), ("if", lambda b: 1 if b else 0),
       ("slice", lambda b: "abcdef"[b:]), ("mul", lambda b: "ab" * b), ("set", lambda b: {b}), ("sorted", lambda b: sorted([b, b])),
       ("print", lambda b: print(b)), ("round", lambda b: round(b)), ("bin", lambda b: bin(b)), ("chr", lambda b: chr(b)),
       ("any", lambda b: any([b])), ("while", lambda b: [None for _ in range(1) if b])]
for v in values:
    for name, op in ops:
        try:
            r = op(Bad(v))
            print(repr(v)[:12], name, "->", r if not isinstance(r, Bad) else "Bad")
        except Exception as e:
            print(repr(v)[:12], name, "!!", type(e).__name__, e)
