# reversed() of a class with __getitem__ but no __len__ is PySequence_Size's "object of type 'Seq' has no len()", and __reversed__ = None refuses it
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i


class Sized(Seq):
    def __len__(self):
        return 3


class NoRev(Sized):
    __reversed__ = None


class Rev:
    def __reversed__(self):
        return iter("cba")


for obj in (Seq(), Sized(), NoRev(), Rev(), {1: 2}, {1, 2}, 5, "ab", (1, 2), range(3), b"ab"):
    try:
        print(list(reversed(obj)))
    except TypeError as e:
        print("TypeError:", e)
