# built-in types' attributes as CPython's descriptors: getset ('not writable') and member ('readonly attribute') refusals and reprs, and BaseException.args, which takes any iterable and may not be deleted
import collections, functools
d = collections.defaultdict(int)
d.default_factory = list
print(d["x"])
tests = [(collections.deque(maxlen=2), 'maxlen'), (functools.partial(max), 'func'), (functools.partial(max), 'args'), (range(3), 'start'), (slice(1), 'start'), (1j, 'real'), ((5), 'real'), (1.5, 'imag'), (ValueError(), 'args')]
for o, n in tests:
    for f in (lambda: setattr(o, n, 1), lambda: delattr(o, n)):
        try:
            f()
            print(type(o).__name__, n, 'ok')
        except Exception as e:
            print(type(o).__name__, n, type(e).__name__, e)
print(repr(collections.deque.maxlen).split(" at ")[0], repr(functools.partial.func).split(" at ")[0])
e = ValueError("a")
e.args = ["x", 2]
print(repr(e), e.args, str(e))
e.args = "hi"
print(e.args)
try:
    del e.args
except TypeError as err:
    print(err)
class Box:
    @property
    def size(self):
        return 3
b = Box()
for f in (lambda: setattr(b, "size", 1), lambda: delattr(b, "size")):
    try:
        f()
    except AttributeError as err:
        print(err)
