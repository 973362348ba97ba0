# type(name, bases, dict) makes a class: attributes and methods from the
# dict, inheritance from the bases, and CPython's errors for bad arguments.
Base = type("Base", (), {"kind": "base", "hello": lambda self: "hello from " + type(self).__name__})
Child = type("Child", (Base,), {"kind": "child", "__repr__": lambda self: "<Child>"})
c = Child()
print(Base.kind, Child.kind, c.hello(), c, isinstance(c, Base), Child.__name__, Child.__bases__ == (Base,))
print(Child.__module__, type(Child) is type)
for args in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
