# property's deleter: @prop.deleter, property(fget, fset, fdel) and fdel= run on del obj.attr,
# as in CPython; a property without one still says it has no deleter.
class Account:
    def __init__(self, owner):
        self._owner = owner

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, value):
        if not value:
            raise ValueError("owner must not be empty")
        self._owner = value

    @owner.deleter
    def owner(self):
        print("removing owner", self._owner)
        del self._owner


acct = Account("ann")
acct.owner = "bo"
print(acct.owner)
del acct.owner
try:
    print(acct.owner)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Account.owner).__name__, Account.owner.fdel.__name__, Account.owner.fset is not None)


def get_x(self):
    return self._x


def del_x(self):
    print("del x")


class C:
    x = property(get_x, None, del_x, "the x")
    y = property(fget=get_x, fdel=del_x)
    z = property(get_x)

    def __init__(self):
        self._x = 5


c = C()
print(c.x, c.y)
del c.x
del c.y
try:
    del c.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(C.z.fdel, C.x.fdel is del_x)
