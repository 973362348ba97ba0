# the types module names the built-in types a lesson checks with isinstance(): GeneratorType first
import types

def countdown(n):
    while n > 0:
        yield n
        n -= 1

class Box:
    def method(self):
        return 1

gen = countdown(3)
print(isinstance(gen, types.GeneratorType), type(gen) is types.GeneratorType)
print(isinstance(countdown, types.GeneratorType), isinstance(countdown, types.FunctionType))
print(isinstance((x for x in "ab"), types.GeneratorType), isinstance([x for x in "ab"], types.GeneratorType))
print(isinstance(lambda: 0, types.LambdaType), types.LambdaType is types.FunctionType)
print(isinstance(Box().method, types.MethodType), isinstance(Box.method, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(types, types.ModuleType), isinstance(countdown.__code__, types.CodeType))
print(type(None) is types.NoneType, type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)
print(types.GeneratorType, types.FunctionType, types.MethodType, types.ModuleType)
print(types.GeneratorType.__name__, types.BuiltinFunctionType.__name__, types.CodeType.__name__)
try:
    types.GeneratorType()
except TypeError as e:
    print("TypeError:", e)
for value in [gen, countdown, [1], iter([1]), map(abs, [1])]:
    print(type(value).__name__, isinstance(value, types.GeneratorType))
