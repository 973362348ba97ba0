# A class's own __delattr__ runs for `del obj.name`, as __setattr__ runs for
# assignment; object.__delattr__ does the real removal.
class Logged:
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


a = Logged()
a.x = 1
del a.x
print(hasattr(a, "x"))
try:
    del a.y
except AttributeError as e:
    print("AttributeError:", e)


class ReadOnly:
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")


r = ReadOnly()
r.z = 5
try:
    del r.z
except AttributeError as e:
    print(e)
print(r.z)
