# Every str method called with no, too many and wrong-typed arguments answers as CPython does, message for message.
names = sorted(n for n in dir(str) if not n.startswith("_") and n not in ("maketrans", "format_map"))
for n in names:
    for args in ((), (1, 2, 3, 4, 5), ("a",), (1,), (None, None), (None,), (1.5,), ("a", None, "x")):
        if n == "encode" and args and isinstance(args[0], str):
            continue  # an encoding CPython does not know: LookupError, not modelled
        try:
            r = getattr("Abc", n)(*args)
            print(n, args, "->", repr(r))
        except Exception as e:
            print(n, args, "!!", type(e).__name__, e)
for make in (lambda: str.maketrans(None, "a"), lambda: "a".replace(None, "x"), lambda: format(1, None),
             lambda: (1).to_bytes(1, None), lambda: bytes.fromhex(None), lambda: type(None, (), {})):
    try:
        make()
    except TypeError as e:
        print(e)
for args in ((1,), ("a", None), (1, "a"), ("ab", "c"), ("a", "b", None), ("ab", "c", 1), ({"ab": 1},)):
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
