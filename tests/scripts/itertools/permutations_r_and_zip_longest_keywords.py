# permutations() wants an int r ("Expected int as r"); zip_longest() takes only the fillvalue keyword and names no culprit otherwise
import itertools

for r in ("2", 2.0, None, 2, True):
    try:
        print(list(itertools.permutations("abc", r)))
    except TypeError as e:
        print("TypeError:", e)
try:
    list(itertools.permutations("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    list(itertools.combinations("abc", "2"))
except TypeError as e:
    print("TypeError:", e)

for kwargs in ({"fill": 0}, {"fillvalue": 0, "extra": 1}, {"fillvalue": "-"}):
    try:
        print(list(itertools.zip_longest("ab", "xyz", **kwargs)))
    except TypeError as e:
        print("TypeError:", e)
