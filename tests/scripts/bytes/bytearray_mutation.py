# bytearray: item assignment, append, extend, pop, insert, remove, del, and
# sys.getsizeof as CPython's buffer grows and shrinks.
import sys
ba = bytearray(b'hello')
ba[0] = 72
ba[-1] = ord('O')
print(ba, len(ba))
ba.append(33)
ba.extend(b' world')
ba.extend([1, 2])
ba.extend(x for x in range(3))
ba += b'!'
ba += bytearray(b'?')
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 65)
ba.insert(100, 66)
ba.insert(-1, 67)
ba.remove(0)
print(ba)
del ba[0]
del ba[-1]
del ba[2:5]
del ba[::3]
print(ba)
c = ba.copy()
c.reverse()
print(c, ba)
c.clear()
print(c, len(c))
sizes = []
grow = bytearray()
for i in range(40):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print(sizes)
shrink = bytearray(b'x' * 20)
s2 = []
for i in range(20):
    shrink.pop()
    s2.append(sys.getsizeof(shrink))
print(s2)
chunks = bytearray()
print([sys.getsizeof(chunks.extend(b'abcdefghij') or chunks) for _ in range(12)])
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'abc')), sys.getsizeof(bytearray(5)),
      sys.getsizeof(bytearray([1, 2, 3])), sys.getsizeof(bytearray(range(10))), sys.getsizeof(bytearray('ab', 'utf-8')))
t = bytearray(b'abcdef'); del t[0]; print(sys.getsizeof(t), t)
t = bytearray(b'abcdefghij'); del t[:8]; print(sys.getsizeof(t)); t.append(1); print(sys.getsizeof(t), t)
t = bytearray(b'abcdefghij'); t *= 3; print(sys.getsizeof(t))
t = bytearray(b'abcdefghij'); t.clear(); print(sys.getsizeof(t))
print(sys.getsizeof(bytearray(b'a') + b'bc'), sys.getsizeof(bytearray(b'ab') * 3), sys.getsizeof(bytearray(b'abc')[1:]))
print(sys.getsizeof(b''), sys.getsizeof(b'abc'), sys.getsizeof(b'x' * 100), sys.getsizeof('abc'.encode()))
print(sys.getsizeof(iter(b'ab')), sys.getsizeof(iter(bytearray())), type(iter(b'')).__name__, type(iter(bytearray())).__name__)
e = bytearray(b'ab')
def attempt(label, action):
    try:
        print(label, '->', action())
    except Exception as err:
        print(label, '!!', type(err).__name__, err)

attempt('e.append(256)', lambda: e.append(256))
attempt("e.append('a')", lambda: e.append('a'))
attempt('e.extend([300])', lambda: e.extend([300]))
attempt('e.extend(5)', lambda: e.extend(5))
attempt('e.pop(5)', lambda: e.pop(5))
attempt('bytearray().pop()', lambda: bytearray().pop())
attempt('e.remove(120)', lambda: e.remove(120))
def assign(index, value):
    e[index] = value

def delete(index):
    del e[index]

def grow(value):
    global e
    e += value

attempt('e[0] = 256', lambda: assign(0, 256))
attempt('e[5] = 1', lambda: assign(5, 1))
attempt("e[0] = 'a'", lambda: assign(0, 'a'))
attempt("e['x'] = 1", lambda: assign('x', 1))
attempt('del e[7]', lambda: delete(7))
attempt("e += 'x'", lambda: grow('x'))
attempt('e += 5', lambda: grow(5))
print(e)
