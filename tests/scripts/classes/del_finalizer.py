# __del__ runs when the last reference goes, as CPython's reference counting
# decides: at `del`, at rebinding, when a temporary is dropped, when a
# container or a generator's frame lets go, and at exit for what is left.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("made", name)

    def __del__(self):
        print("freed", self.name)


a = Tracked("a")
b = a
del a
print("a deleted, b still holds it")
b = Tracked("b2")
print("rebound b")
Tracked("temporary")
print(len([Tracked("in a list")]))

box = [Tracked("x"), Tracked("y")]
box.clear()
print("box cleared")


def holder():
    local = Tracked("generator local")
    yield 1
    yield 2


g = holder()
next(g)
print("generator suspended")
g = None
print("generator dropped")


class Child(Tracked):
    pass


Child("inherited")

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix finaliser runs once")
        saved.append(self)


Phoenix()
print("saved", len(saved))
saved.clear()
print("saved cleared")


def fails():
    t = Tracked("kept by the traceback")
    raise ValueError("boom")


try:
    fails()
except ValueError:
    print("in the except block")
print("after the except block")
last = Tracked("at exit")
print("end of module")
