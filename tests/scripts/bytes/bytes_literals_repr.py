# bytes literals: escapes, raw literals, adjacent concatenation, and the repr
# CPython prints (quote choice, \x escapes); str() of bytes is its repr.
a = b'hello'
print(a)
print(repr(a), str(a))
print(b"it's", b'say "hi"', b'both \' and "')
print(b'\x00\x01\x7f\x80\xff')
print(b'tab\there\nnew\rret\\back')
print(b'\a\b\f\v\0\101\x41')
print(rb'raw\n\x41', Rb'\\', BR"x\y")
print(b'con' b'cat' rb'\n' B"!")
print(b'')
print(b"\
continued")
print(b'''triple
quoted''')
print(b'unknown \q escape \u1234 \N{BULLET}')
print(f"{a} and {a!r} and {len(a)}")
print([b'x', b'y'], (b'z',), {b'k': b'v'})
print(bytearray(b'abc'), bytearray(b"it's"), bytearray())
print(repr(bytearray(b'\x00\n')))
print(type(a), type(bytearray()))
print(type(a).__name__, isinstance(a, bytes), isinstance(a, bytearray), isinstance(bytearray(), bytes))
print(bytes, bytearray)
print('%s %r' % (b'pct', b'pct'))
print('{} {!r}'.format(b'fmt', bytearray(b'fmt')))
