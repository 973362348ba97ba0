print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")))
print(list(reversed(range(0, 10, 3))), list(reversed(range(5, 0, -2))))
print(list(reversed({"a": 1, "b": 2})))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())))
try:
    reversed(5)
except TypeError as e:
    print(e)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
