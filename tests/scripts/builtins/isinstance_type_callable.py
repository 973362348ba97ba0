print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, str)))
print(isinstance(1.0, float), isinstance([], list), isinstance({}, dict), isinstance(None, type(None)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(bool, int), issubclass(A, (int, A)))
print(type(1), type("x"), type([]), type(None), type(type), type(B()))
print(callable(len), callable(A), callable(1), callable(lambda: 0), callable(A()))
def gen():
    yield 1
print(type(gen()).__name__, type(len).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
