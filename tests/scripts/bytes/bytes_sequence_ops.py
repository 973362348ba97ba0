# bytes as a sequence of ints: len, indexing, slicing, iteration, `in`,
# comparison, hashing, + and *.
data = b'Hello, bytes!'
print(len(data), data[0], data[-1], data[7:12], data[::-1], data[::2], data[-6:], data[100:])
print(list(data[:5]), sum(data), max(data), min(data), sorted(b'cab'))
for i, byte in enumerate(b'abc'):
    print(i, byte, chr(byte))
print(72 in data, 0 in data, b'bytes' in data, b'' in data, b'xyz' in data, bytearray(b'He') in data)
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' == bytearray(b'abc'), b'a' == 'a', b'' == b'')
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'a' <= bytearray(b'a'), bytearray(b'z') >= b'a')
print(sorted([b'pear', b'apple', b'fig', b'']))
print(hash(b'abc') == hash(b'abc'), hash(b'key') == hash('key'))
counts = {b'a': 1, b'b': 2}
counts[b'a'] += 10
print(counts, counts[b'a'], b'b' in counts, {b'x', b'x', b'y'} == {b'y', b'x'})
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd', b'ab' * 3, 2 * b'xy', b'ab' * 0, b'ab' * -1)
print(bytearray(b'ab') * 2, 3 * bytearray(b'-'))
x = b'start'
x += b'-more'
print(x)
print(bool(b''), bool(b'\x00'), bool(bytearray()), not b'x')
ba = bytearray(b'hello')
print(ba[0], ba[-1], ba[1:3], ba[::-1], len(ba), list(ba))
a, b, c = b'xyz'
print(a, b, c)
print([y for y in b'\x01\x02\x03' if y != 2], {k: v for k, v in zip(b'ab', b'AB')})
def attempt(label, action):
    try:
        print(label, '->', action())
    except Exception as err:
        print(label, '!!', type(err).__name__, err)

attempt("b'a' + 'a'", lambda: b'a' + 'a')
attempt("'a' + b'a'", lambda: 'a' + b'a')
attempt("b'a' + 1", lambda: b'a' + 1)
attempt("b'a' + [1]", lambda: b'a' + [1])
attempt("bytearray(b'a') + 'x'", lambda: bytearray(b'a') + 'x')
attempt("b'a' * 'x'", lambda: b'a' * 'x')
attempt("b'a' * 2.0", lambda: b'a' * 2.0)
attempt("b'a' - b'a'", lambda: b'a' - b'a')
attempt("-b'a'", lambda: -b'a')
attempt("b'abc'[3]", lambda: b'abc'[3])
attempt("b'abc'[-4]", lambda: b'abc'[-4])
attempt("bytearray(b'a')[5]", lambda: bytearray(b'a')[5])
attempt("data['x']", lambda: data['x'])
attempt("bytearray(b'a')['x']", lambda: bytearray(b'a')['x'])
attempt("'a' in b'abc'", lambda: 'a' in b'abc')
attempt("300 in b'abc'", lambda: 300 in b'abc')
attempt("-1 in b'abc'", lambda: -1 in b'abc')
attempt("1.5 in b'abc'", lambda: 1.5 in b'abc')
attempt("b'a' < 'a'", lambda: b'a' < 'a')
attempt("b'a' < 1", lambda: b'a' < 1)
attempt("hash(bytearray(b'a'))", lambda: hash(bytearray(b'a')))
attempt('{bytearray(): 1}', lambda: {bytearray(): 1})
attempt("1 + b'a'", lambda: 1 + b'a')
try:
    data[0] = 1
except TypeError as e:
    print('TypeError', e)
