# An AttributeError raised by __getattr__ reaches the caller as raised (its message and a
# traceback through __getattr__), while hasattr()/getattr(o, name, default) still see it.
class Config:
    def __init__(self, data):
        self._data = data
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
c = Config({"debug": True})
print(c.debug, hasattr(c, "debug"), hasattr(c, "port"), getattr(c, "port", 8080))
try:
    c.port
except AttributeError as e:
    print("caught:", e)
class Lazy:
    def __getattr__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(name)
try:
    Lazy().boom
except KeyError as e:
    print("KeyError", e)
try:
    Lazy().other
except AttributeError as e:
    print("AE", repr(e))
print(getattr(Lazy(), "zzz", None))
c.verbose
