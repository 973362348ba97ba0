def error_of(thunk):
    try:
        return f"no error: {thunk()!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(abs(-5), abs(3.5), abs(-0.0), abs(-10**30), abs(True))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(10**20, 7))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 7), pow(2, 100, 10**9 + 7))
print(chr(97), chr(8364), ord("€"), ord("a"))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(10**20))
print(error_of(lambda: divmod(1, 0)))
print(error_of(lambda: pow(2, 3, 0)))
print(error_of(lambda: chr(-1)))
print(error_of(lambda: ord("ab")))
print(error_of(lambda: hex(1.5)))
print(error_of(lambda: abs("x")))
