from collections import Counter, defaultdict, OrderedDict, namedtuple
c = Counter("abracadabra")
print(c, c["a"], c["zzz"], c.most_common(2), sorted(c.elements())[:5])
c.update("aaz")
print(c.most_common(1), len(c), c.total())
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter())
dd = defaultdict(list)
for word in ["apple", "avocado", "banana"]:
    dd[word[0]].append(word)
print(dd, dict(dd), dd["zzz"], len(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, sorted(counts.items()))
od = OrderedDict([("a", 1), ("b", 2)])
od["c"] = 3
od.move_to_end("a")
print(od, list(od.keys()))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], tuple(p), p._asdict(), p._replace(x=10), p == Point(1, 2))
x, y = p
print(x + y)
try:
    Point(1)
except TypeError as e:
    print(e)
