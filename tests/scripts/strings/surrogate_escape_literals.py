# '\udc80'..'\udcff' escapes and chr() of them are one code point each (the surrogateescape range a str holds), equal to what decoding with surrogateescape gives.
s = "\udc80"
print(len(s), ord(s), repr(s), ascii(s))
t = "a\udcffb\U0000dcc3"
print(len(t), repr(t), [hex(ord(c)) for c in t])
print(chr(0xdc80) == s, len(chr(0xdcff)), repr(chr(0xdcab)))
print(b'\x80\xff'.decode('utf-8', 'surrogateescape') == "\udc80\udcff")
print(repr(f"x{s}y"), len(f"{s}"))
try:
    s.encode()
except UnicodeEncodeError as e:
    print(e)
print(s.encode('utf-8', 'surrogateescape'), s.encode('utf-8', 'surrogatepass'), s.encode('ascii', 'backslashreplace'))
