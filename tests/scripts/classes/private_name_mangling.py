# private name mangling (_Py_Mangle): inside a class, __name in attributes, variables, parameters, keyword defaults, globals, nested class names and __slots__ stands for _Class__name, so a subclass or outside code cannot reach self.__x by that spelling
class Account:
    __slots__ = ("__balance", "owner")
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
    def balance(self):
        return self.__balance
a = Account("ann", 5)
print(a.balance(), a._Account__balance)
try:
    a.__balance
except AttributeError as e:
    print(e)
class __Hidden:
    def __init__(self):
        self.__v = 1
print(vars(__Hidden()))
class Outer:
    class __Inner:
        def m(self):
            self.__q = 2
            return vars(self)
    def make(self):
        return self.__Inner().m()
print(Outer().make(), hasattr(Outer, "_Outer__Inner"), Outer._Outer__Inner.__name__, Outer._Outer__Inner.__qualname__)
class P:
    def __init__(self, __arg=3, *, __kw=4):
        self.__arg = __arg
        self.__kw = __kw
    def __repr__(self):
        return f"P({self.__arg}, {self.__kw})"
print(P(), P.__init__.__code__.co_varnames, P.__init__.__kwdefaults__)
try:
    P(__kw=5)
except TypeError as e:
    print(e)
class G:
    def gen(self):
        __total = 0
        for __i in range(3):
            __total += __i
            yield __total
        print(sorted(k for k in locals()))
print(list(G().gen()))
class Q:
    __count = 0
    @classmethod
    def inc(cls):
        cls.__count += 1
        return cls.__count
    comp = [__count for _ in range(1)] if False else None
print(Q.inc(), Q.inc(), Q._Q__count)
def outside(obj):
    return obj.__secret
class S:
    __secret = 1
    def peek(self):
        return outside(self)
try:
    S().peek()
except AttributeError as e:
    print(e)
class W:
    def m(self):
        global __gv
        __gv = 10
        return __gv
W().m()
print(sorted(k for k in globals() if "gv" in k))
class T:
    def m(self):
        try:
            return __undefined_thing
        except NameError as e:
            return str(e)
print(T().m())
class N:
    x = __name__
    def __dunder__(self): return "ok"
print(N.x, N().__dunder__())
class ___:
    def m(self):
        self.__a = 1
        return vars(self)
print(___().m())


class Base:
    def __init__(self):
        self.__hidden = "base"


class Derived(Base):
    def reveal(self):
        return self.__hidden


d = Derived()
print(sorted(vars(d)), d._Base__hidden)
d.reveal()
