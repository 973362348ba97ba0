# a __repr__ that returns repr(self), printed: CPython's RecursionError after 333 levels (repr(), PyObject_Repr and the frame each take a unit), "while calling a Python object"
class Node:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return repr(self)


print("start")
print(Node(1))
