from itertools import tee, groupby
def source():
    for i in range(4):
        print("  produce", i)
        yield i
a, b = tee(source())
print(next(a), next(a))
print(list(b))
print(list(a))
data = "AAAABBBCCDAABBB"
print([k for k, g in groupby(data)])
print([list(g) for k, g in groupby(data)])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0])])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
