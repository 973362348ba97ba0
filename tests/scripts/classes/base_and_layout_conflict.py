# type.__base__ (CPython's best_base) and the instance lay-out conflict
import collections, functools
class A: pass
class B: pass
class C(A, B): pass
print(C.__base__, A.__base__, object.__base__, ValueError.__base__, KeyError.__base__)
class S:
    __slots__ = ("x",)
class E(ValueError, KeyError): pass
print(E.__base__)
class F(KeyError, OSError): pass
print(F.__base__)
class G(collections.Counter, collections.OrderedDict): pass
print(G.__base__, collections.Counter.__base__, collections.OrderedDict.__base__, collections.deque.__base__)
for bases in ((collections.deque, collections.OrderedDict), (StopIteration, OSError), (S, collections.deque), (complex, functools.partial)):
    try:
        type("X", bases, {})
        print("made", [b.__name__ for b in bases])
    except TypeError as e:
        print([b.__name__ for b in bases], e)
class Sl2:
    __slots__ = "y"
try:
    class Both(S, Sl2): pass
except TypeError as e:
    print(e)
print(type("Y", (A, B), {}).__base__)
