import sys
from collections import deque
def sz(d): return sys.getsizeof(d)
out = []
d = deque()
for i in range(150):
    d.append(i); out.append(sz(d))
for i in range(100):
    d.popleft(); out.append(sz(d))
for i in range(80):
    d.appendleft(i); out.append(sz(d))
for i in range(130):
    d.pop(); out.append(sz(d))
print(out)
e = deque(range(100))
r = []
for k in [1, 5, 33, -7, 64, -100, 50]:
    e.rotate(k); r.append(sz(e))
del e[10]; r.append(sz(e))
e.remove(50); r.append(sz(e))
e.insert(5, "x"); e.insert(-5, "y"); r.append(sz(e))
f = deque([1], maxlen=5) * 20
g = deque(range(70)) + deque(range(70))
h = deque(); h.extendleft(range(100))
w = deque(maxlen=3)
for i in range(200): w.append(i)
print(r, sz(f), sz(g), sz(h), sz(w), sz(deque([])), sz(deque([1]).copy()), sz(deque(range(5)) * 30), list(f), sz(e.copy()))
e.clear(); print(sz(e))
