# enumerate, zip, map, filter, reversed and super are types, as in CPython:
# printing one shows a class, and isinstance and type() accept them.
pairs = enumerate("ab")
print(enumerate, zip, map, filter, reversed, super)
print(type(super), type(map), type(pairs) is enumerate)
print(isinstance(pairs, enumerate), isinstance(zip([1], [2]), zip), isinstance(map(str, [1]), map))
print(isinstance(filter(None, [1]), filter), isinstance(reversed("ab"), reversed), isinstance(reversed([1]), reversed))
print(isinstance(pairs, (list, enumerate)), issubclass(map, object), map.__name__, enumerate.__module__)
print(list(enumerate(x * x for x in range(3))), list(zip((c for c in "ab"), range(5))))

def squares(n):
    for i in range(n):
        yield i * i

print(list(map(str, squares(3))), list(filter(None, squares(3))), list(reversed(list(squares(3)))))
print(list(enumerate(squares(3), start=1)))

class Base:
    def hello(self):
        return "Base"

class Child(Base):
    def hello(self):
        return "Child then " + super().hello()

print(Child().hello(), super(Child, Child()).hello(), isinstance(super(Child, Child()), super))
