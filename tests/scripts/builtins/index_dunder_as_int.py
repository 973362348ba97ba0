# Objects with __index__ stand for their int wherever CPython asks for an index:
# range(), bin()/hex()/oct(), seq * n, list.pop(), str.ljust(), round(), chr(), islice(), ...
import itertools
import operator


class Size:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Size({self.n})"


class BadIndex:
    def __index__(self):
        return "three"


class Plain:
    pass


three = Size(3)
print(list(range(three)), list(range(Size(1), Size(10), three)), range(three))
print(bin(Size(5)), hex(Size(255)), oct(Size(8)), bin(Size(-2)))
print("ab" * three, three * "ab", [0] * three, (1,) * Size(2), b"x" * three)
print([10, 20, 30, 40].pop(Size(1)), "abc".ljust(Size(5)) + "|", round(2.71828, Size(2)), chr(Size(65)))
print((5).to_bytes(Size(2), "big"), list(itertools.islice("abcdefg", Size(1), Size(6), Size(2))))
print([1, 2, 3, 4][Size(1):Size(3)], "hello"[Size(4)], operator.index(three), int(three))


def countdown(n):
    for i in range(n, 0, -1):
        yield i


print(list(countdown(Size(4))), list(itertools.repeat("x", Size(2))))
for bad in [BadIndex(), Plain(), 2.5]:
    for fn in [range, bin, lambda v: "ab" * v, lambda v: [1, 2].pop(v), chr]:
        try:
            print(fn(bad))
        except TypeError as e:
            print("TypeError:", e)
try:
    list(itertools.islice("abc", Plain()))
except ValueError as e:
    print("ValueError:", e)
