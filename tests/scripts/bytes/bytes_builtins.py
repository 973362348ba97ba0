# Built-ins that take bytes (int, float, ord, str(b, encoding), reversed, ...) and match on bytes.
def attempt(label, action):
    try:
        print(label, '->', repr(action()))
    except Exception as err:
        print(label, '!!', type(err).__name__, err)
b = b'abc'
attempt('int', lambda: int(b'12'))
attempt('int base', lambda: int(b'ff', 16))
attempt('float', lambda: float(b'1.5'))
attempt('ord', lambda: ord(b'a'))
attempt('ord2', lambda: ord(b'ab'))
attempt('str enc', lambda: str(b'abc', 'utf-8'))
attempt('str enc kw', lambda: str(b'\xc3\xa9', encoding='utf-8'))
attempt('str ba', lambda: str(bytearray(b'x'), 'ascii'))
attempt('reversed', lambda: list(reversed(b)))
attempt('reversed ba', lambda: list(reversed(bytearray(b'xy'))))
attempt('tuple', lambda: tuple(b))
attempt('set', lambda: sorted(set(b)))
attempt('ascii', lambda: ascii(b))
attempt('format', lambda: format(b))
attempt('format spec', lambda: format(b, '>10'))
attempt('fstring spec', lambda: f'{b:>10}')
attempt('enumerate', lambda: list(enumerate(b)))
attempt('zip', lambda: list(zip(b, b'xyz')))
attempt('map', lambda: list(map(hex, b)))
attempt('any', lambda: any(b))
attempt('list in', lambda: b'a' in [b'a'])
attempt('index', lambda: [b'x', b'y'].index(b'y'))
attempt('eq list', lambda: [b'a'] == [b'a'])
attempt('tuple key', lambda: {(b'a', 1): 2}[(b'a', 1)])
attempt('max key', lambda: max([b'b', b'ab'], key=len))
attempt('sorted', lambda: sorted([b'b', b'a']))
attempt('bytes iter next', lambda: next(iter(b)))
attempt('mult big', lambda: b'' * (10**30))
attempt('dir', lambda: 'hex' in dir(b))
attempt('getattr', lambda: getattr(b, 'upper')())
attempt('unbound', lambda: bytes.upper(b'a'))
attempt('unbound ba', lambda: bytearray.append(bytearray(), 1))
attempt('hasattr', lambda: hasattr(b, 'decode'))
attempt('str.join bytes', lambda: ''.join([b'a']))
attempt('str in bytes', lambda: 'a' in 'abc' and b'x' == 'x')
attempt('bytes.fromhex unbound', lambda: bytes.fromhex.__name__)
attempt('type call', lambda: type(b)(3))
attempt('type ba call', lambda: type(bytearray())([1]))
attempt('isinstance tuple', lambda: isinstance(b, (str, bytes)))
attempt('issubclass', lambda: issubclass(bytearray, bytes))
attempt('bytes.__name__', lambda: bytes.__name__)
attempt('ba eq', lambda: bytearray(b'a') == bytearray(b'a'))
attempt('ba is', lambda: bytearray(b'a') is bytearray(b'a'))
attempt('ba in set', lambda: b'a' in {b'a'})
attempt('bytes_iter repr', lambda: type(iter(b)).__name__)
attempt('count no arg', lambda: b.count())
attempt('bool', lambda: bool(bytearray(b'\x00')))
attempt('slice step 0', lambda: b[::0])
attempt('mul bool', lambda: b * True)
match b'GET':
    case b'GET':
        print('matched GET')
    case _:
        print('no')
match b'x':
    case bytes():
        print('bytes() pattern')
match [1, 2]:
    case [1, 2]:
        print('list pattern ok')
match b'ab':
    case [97, 98]:
        print('bytes as sequence?')
    case _:
        print('bytes is not a sequence pattern')

for name, f in [('find0', lambda: b.find()), ('find4', lambda: b.find(1,2,3,4)), ('count4', lambda: b.count(1,2,3,4)), ('split3', lambda: b.split(1,2,3)),
  ('decode3', lambda: b.decode(1,2,3)), ('hex3', lambda: b.hex(1,2,3)), ('join0', lambda: b.join()), ('sw0', lambda: b.startswith()), ('sw4', lambda: b.startswith(b'a',1,2,3)),
  ('strip2', lambda: b.strip(b'a', b'b')), ('replace1', lambda: b.replace(b'a')), ('append0', lambda: bytearray().append()), ('extend0', lambda: bytearray().extend()),
  ('pop2', lambda: bytearray(b'a').pop(1,2)), ('insert1', lambda: bytearray().insert(1)), ('index0', lambda: b.index()), ('fromhex0', lambda: bytes.fromhex()),
  ('mulneg', lambda: b * -(10**30)), ('mulbig', lambda: b * 10**30), ('intx', lambda: int(b'x')), ('floatx', lambda: float(b'x')), ('int sp', lambda: int(b' 7 ')),
  ('int ba', lambda: int(bytearray(b'5'))), ('ord0', lambda: ord(b'')), ('ordba', lambda: ord(bytearray(b'z'))), ('str3', lambda: str(b'\xff', 'utf-8')),
  ('str err', lambda: str(b'a', 'utf-8', 'strict')), ('str nonbytes', lambda: str(5, 'utf-8')), ('str errors only', lambda: str(b'a', errors='strict')),
  ('float ba', lambda: float(bytearray(b'2.5'))), ('int unicode', lambda: int(b'\xd9\xa3')), ('ind', lambda: b.decode(encoding='utf-8', errors='strict'))]:
    attempt(name, f)
