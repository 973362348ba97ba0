# max() asks item > best (min() asks item < best), so a class with only
# __gt__ works with max, and a failed comparison names the operator asked.
for pick in (max, min):
    try:
        pick(1, "a")
    except TypeError as e:
        print(pick.__name__, e)


class Score:
    def __init__(self, value):
        self.value = value

    def __gt__(self, other):
        print("gt", self.value, other.value)
        return self.value > other.value


print(max(Score(1), Score(3), Score(2)).value)
