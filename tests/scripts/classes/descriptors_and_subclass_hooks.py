# Descriptors written in Python: __get__, __set__, __delete__ and
# __set_name__, and which wins between a descriptor and the instance's dict.
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.private)
        delattr(obj, self.private)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Lazy on " + objtype.__name__
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class Account:
    balance = Positive()
    def __init__(self, balance):
        self.balance = balance
    @Lazy
    def report(self):
        print("computing report")
        return f"balance {self.balance}"

a = Account(10)
print(a.balance, a._balance, type(Account.balance).__name__)
try:
    a.balance = -5
except ValueError as e:
    print("ValueError:", e)
print(a.report)
print(a.report)
print(Account.report)
a.__dict__["balance"] = 99
print(a.balance)
del a.balance
print(hasattr(a, "_balance"))
print("set_name", Account.__dict__["balance"].private)

registry = []
class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append(cls.__name__)
class A(Plugin):
    pass
class B(A):
    def __init_subclass__(cls):
        print("B hook for", cls.__name__)
        super().__init_subclass__()
class C(B):
    pass
print(registry, type(Plugin.__dict__["__init_subclass__"]).__name__)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
