# inspect.isgenerator / isgeneratorfunction and friends, and the errors of
# getgeneratorstate / getgeneratorlocals for non-generators.
import inspect

def gen_fn():
    yield 1

def plain():
    return 1

class Box:
    def items(self):
        yield 1
    def size(self):
        return 0

g = gen_fn()
print(inspect.isgenerator(g), inspect.isgenerator(gen_fn), inspect.isgenerator([1]))
print(inspect.isgeneratorfunction(gen_fn), inspect.isgeneratorfunction(plain))
print(inspect.isgeneratorfunction(Box().items), inspect.isgeneratorfunction(Box.size))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.isgeneratorfunction(len), inspect.isgeneratorfunction(5))
print(inspect.isgenerator(x for x in []), inspect.isgenerator(iter([])))
print(inspect.isfunction(plain), inspect.isfunction(len), inspect.isclass(Box), inspect.isclass(Box()))
print(inspect.ismethod(Box().size), inspect.ismethod(Box.size), inspect.ismodule(inspect), inspect.isbuiltin(len))

for call in (lambda: inspect.getgeneratorstate(5),
             lambda: inspect.getgeneratorlocals(5),
             lambda: inspect.getgeneratorlocals([1, 2]),
             lambda: inspect.getgeneratorstate(),
             lambda: inspect.getgeneratorstate(g, g)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(inspect.getgeneratorstate(generator=g))
