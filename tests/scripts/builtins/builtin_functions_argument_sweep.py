# Every common builtin called with no, too many and wrong-typed arguments answers as CPython does, message for message.
names = ["abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "divmod", "enumerate", "filter", "format",
         "getattr", "hasattr", "hex", "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next",
         "oct", "ord", "pow", "range", "repr", "reversed", "round", "set", "slice", "sorted", "str", "sum", "tuple",
         "type", "zip", "int", "float", "dict", "frozenset", "bytes", "bytearray", "delattr", "setattr", "complex"]
argsets = ((), (1, 2, 3, 4, 5), ("a",), (1,), (None, None), (None,), (1.5,), ([1, 2],), (0, 1), ("ab", 2), ([3, 1], None), ({"a": 1},), (-5,), (2, 3, 5), ("10", 2), (True,), ([],), ("",))
for n in names:
    f = globals()["__builtins__"].__dict__[n] if hasattr(globals()["__builtins__"], "__dict__") else globals()["__builtins__"][n]
    for args in argsets:
        try:
            r = f(*args)
            if n in ("enumerate", "filter", "map", "reversed", "zip", "iter"):
                r = list(r)
            print(n, args, "->", repr(r)[:70] if n != "dir" else len(r))
        except Exception as e:
            print(n, args, "!!", type(e).__name__, e)
