# A generator-based context manager written as a method gets self, like any
# method; one called with arguments can decorate a function, and each call of
# the function runs a fresh generator around it (ContextDecorator).
from contextlib import contextmanager


class Indenter:
    def __init__(self):
        self.level = 0

    @contextmanager
    def indented(self, label):
        self.level += 1
        print("  " * self.level + "begin " + label)
        try:
            yield self.level
        finally:
            print("  " * self.level + "end " + label)
            self.level -= 1


out = Indenter()
with out.indented("outer") as depth:
    print("depth", depth)
    with out.indented("inner") as depth:
        print("depth", depth)
print("level back to", out.level)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield
    finally:
        print(f"</{name}>")


@tag("b")
def greet(who):
    print("hello", who)
    return len(who)


print(greet("class"))
print(greet("again"), greet.__name__)


@tag("p")
def fails():
    raise ValueError("inside the decorated function")


try:
    fails()
except ValueError as e:
    print("caught:", e)


@contextmanager
def ignoring(kind):
    try:
        yield
    except kind:
        print("ignored a", kind.__name__)


@ignoring(KeyError)
def lookup(d, key):
    return d[key]


print(lookup({"a": 1}, "a"), lookup({}, "b"))


class Page:
    @tag("section")
    def render(self, text):
        print(text)


Page().render("a method decorated by a context manager")
