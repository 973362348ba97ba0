seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
calls = []
class K:
    def __init__(self, v, tag): self.v = v; self.tag = tag
    def __lt__(self, other):
        calls.append((self.tag, other.tag))
        return self.v < other.v
for n in [0, 1, 2, 5, 63, 64, 65, 100, 257, 1000, 3000]:
    for shape in range(4):
        if shape == 0: vals = [rnd(50) for _ in range(n)]
        elif shape == 1: vals = sorted(rnd(1000) for _ in range(n))
        elif shape == 2: vals = [i // 7 for i in range(n, 0, -1)]
        else: vals = [(i * 37) % 101 if i % 9 else -i for i in range(n)]
        items = [K(v, i) for i, v in enumerate(vals)]
        calls.clear()
        out = sorted(items)
        h = 0
        for a, b in calls:
            h = (h * 1000003 + a * 7919 + b) % 2**61
        print(n, shape, len(calls), h, [k.tag for k in out][:8])
        calls.clear()
        items.sort(reverse=True)
        print(" rev", len(calls), [k.tag for k in items][:5])
data = [3, 1, None, 2] + list(range(100))
try:
    sorted(data)
except TypeError as e:
    print(e)
big = list(range(200)) + ["x"]
try:
    big.sort()
except TypeError as e:
    print(e)
