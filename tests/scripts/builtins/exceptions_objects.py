e = ValueError("bad value", 42)
print(e.args, str(e), repr(e), repr(ValueError()), str(ValueError("only")))
k = KeyError("missing")
print(str(k), repr(k), k.args)
s = StopIteration(5)
print(s.value, StopIteration().value)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except Exception as err:
    print(type(err).__name__, err, err.code, err.args, isinstance(err, Exception))
class Plain(RuntimeError):
    pass
p = Plain("x", "y")
print(p, repr(p), p.args)
try:
    raise SystemExit(3)
except SystemExit as x:
    print("exit code", x.code)
print(issubclass(EOFError, Exception), issubclass(FileNotFoundError, OSError), issubclass(GeneratorExit, Exception))
