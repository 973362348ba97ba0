# A class's own __getattribute__ runs for every attribute read on its
# instances; object.__getattribute__ (or super()'s) does the default lookup,
# and __getattr__ still answers when it raises AttributeError.
class Traced:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        print("reading", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "no " + name

    def describe(self):
        return "value is " + str(self.value)


t = Traced()
print(t.value)
print(t.describe())
print(t.missing)
print(getattr(t, "other", "default"), hasattr(t, "value"))


class Private:
    def __getattribute__(self, name):
        if name.startswith("_hidden"):
            raise AttributeError(f"{name} is private")
        return super().__getattribute__(name)


class Child(Private):
    pass


c = Child()
c._hidden_key = 1
c.shown = 2
print(c.shown, hasattr(c, "_hidden_key"))
try:
    c._hidden_key
except AttributeError as e:
    print("AttributeError:", e)
print(object.__getattribute__(c, "_hidden_key"))


class Constant:
    def __getattribute__(self, name):
        return 42


print(Constant().anything, Constant().other)
