# max() asks item > best (min() asks item < best), so a class with only
# __gt__ works with max, and a failed comparison names the > operator.
try:
    max(1, "a")
except TypeError as e:
    print(e)
try:
    min(1, "a")
except TypeError as e:
    print(e)
class G:
    def __init__(s, v): s.v = v
    def __gt__(s, o):
        print("gt", s.v, o.v)
        return s.v > o.v
print(max(G(1), G(3), G(2)).v)
