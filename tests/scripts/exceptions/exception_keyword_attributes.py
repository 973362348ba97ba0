# AttributeError(name=, obj=), NameError(name=) and ImportError(name=, path=) keep those keywords as attributes; others refuse keywords.
e = AttributeError("no such thing", name="thing", obj=[1])
print(e, e.name, e.obj, e.args)
print(AttributeError("m").name, AttributeError("m").obj, NameError("n").name, NameError(name="q").name)
e = ImportError("cannot import", name="pkg", path="/lib/pkg.py")
print(e, e.name, e.path, e.msg, ImportError("a", "b").msg, ImportError().msg)

for make in (lambda: AttributeError(foo=1), lambda: NameError(obj=1), lambda: ImportError(x=1),
             lambda: ValueError(x=1), lambda: KeyError("k", name="n")):
    try:
        make()
    except TypeError as err:
        print(err)

try:
    import no_such_module
except ModuleNotFoundError as err:
    print(err.name, err.path, err.msg)
try:
    [].no_such_method
except AttributeError as err:
    print(err.name, err.obj)
try:
    no_such_name
except NameError as err:
    print(err.name)


class Lookup(AttributeError):
    def __init__(self, key, *, where):
        super().__init__(f"{key} not in {where}")
        self.where = where


err = Lookup("k", where="table")
print(err, err.where, err.name)
