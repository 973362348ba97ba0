# subclasses of built-in types whose __new__ takes the arguments (complex, functools.partial) and ones whose __init__ does
import functools, random, collections
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, isinstance(c, complex))
class CR(complex):
    def __repr__(self):
        return "CR" + super().__repr__()
print(repr(CR(3)), CR("1+2j"))
class P(functools.partial):
    pass
p = P(max, 5)
print(p(3), p(9), type(p).__name__)
class R(random.Random):
    pass
r = R(42)
print(r.randint(1, 100))
class D(collections.deque):
    pass
print(D([1, 2], maxlen=3))
class E(Exception):
    pass
print(repr(E(1, 2)))
class O:
    pass
try:
    O(1)
except TypeError as e:
    print(e)
class WithInit(complex):
    def __init__(self, *args):
        print("init", args)
print(WithInit(1, 2))
