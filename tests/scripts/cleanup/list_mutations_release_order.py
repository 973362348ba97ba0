# Items a list lets go of are released once the list is whole again, in
# CPython's order: last to first for clear(), `*= 0`, `del a[i:j]` and plain
# slice assignment; first to last for extended slices. A finaliser that looks
# at the list sees it already changed.
class Tracked:
    def __init__(self, name, home=None):
        self.name = name
        self.home = home

    def __del__(self):
        seen = len(self.home) if self.home is not None else "-"
        print("freed", self.name, "list now has", seen)


# Each item refers to its list: a cycle, which CPython's cycle collector
# would free at some later point. Clearing the list after each case frees
# them at a known point instead.
def done(a):
    print("--")
    a.clear()


def filled(prefix, n):
    home = []
    home.extend(Tracked(prefix + str(i), home) for i in range(n))
    return home


a = filled("clear", 3)
a.clear()
done(a)
a = filled("times", 3)
a *= 0
done(a)
a = filled("del slice", 5)
del a[1:4]
done(a)
a = filled("del step", 6)
del a[::-2]
done(a)
a = filled("assign", 4)
a[1:3] = [None]
done(a)
a = filled("assign step", 6)
a[5:0:-2] = [1, 2, 3]
done(a)
a = filled("del one", 3)
del a[1]
done(a)
a = filled("replace", 2)
a[0] = "new"
done(a)
a = filled("pop", 2)
print(a.pop().name)
done(a)
print("end")
