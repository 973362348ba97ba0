print(abs(-5), abs(3.5), abs(-0.0), abs(-10**30), abs(True))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(10**20, 7))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 7), pow(2, 100, 10**9 + 7))
print(chr(97), chr(8364), ord("€"), ord("a"))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(10**20))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
