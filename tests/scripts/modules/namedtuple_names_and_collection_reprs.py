# namedtuple validates and renames field names as collections does (repeats, keywords, identifiers, underscores) and has a __doc__; deque += extends; a deque or OrderedDict holding itself prints [...] / ...; del on a Counter ignores a missing key.
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
t(lambda: namedtuple('Q', 'a a'))
t(lambda: namedtuple('Q', 'a _b'))
t(lambda: namedtuple('Q', 'a _b', rename=True)._fields)
t(lambda: namedtuple('Q', 'def class a a x _y 1z', rename=True)._fields)
t(lambda: namedtuple('Q', ['a', 'b'], rename=1)._fields)
t(lambda: namedtuple('Q', 'def'))
t(lambda: namedtuple('Q', 'x True'))
t(lambda: namedtuple('1Q', 'a'))
t(lambda: namedtuple('class', 'a'))
t(lambda: namedtuple(5, 'a'))
t(lambda: namedtuple('Q', ['a', 1]))
t(lambda: namedtuple('Q', ['a', 'b c']))
t(lambda: namedtuple('Q', 'a\tb\nc')._fields)
t(lambda: namedtuple('Q', 'a, b,c')._fields)
t(lambda: namedtuple('Q', '')._fields)
t(lambda: namedtuple('Q', 'a-b'))
t(lambda: namedtuple('Q', 'a é')._fields)
t(lambda: namedtuple('P', 'x y').__doc__)
t(lambda: namedtuple('P', '').__doc__)
t(lambda: namedtuple('P', 'x def', rename=True).__doc__)
def iadd():
    q = deque('ab', maxlen=3)
    q += 'cd'
    q += deque([1])
    q += q
    return q
t(iadd)
def iadd2():
    q = deque('ab')
    q += 5
t(iadd2)
d = deque([1])
d.append(d)
t(lambda: d)
t(lambda: str(d))
t(lambda: deque([d, d]))
od = OrderedDict(a=1)
od['s'] = od
t(lambda: od)
t(lambda: [od])
dd = defaultdict(list)
dd['me'] = dd
t(lambda: dd)
def cdel():
    c = Counter(a=1)
    del c['zz']
    del c['a']
    return c
t(cdel)
