from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
    print(list(w))
print(w, w.maxlen, deque("ab") * 2, list(reversed(deque([1, 2, 3]))))
print(deque([0], maxlen=3) * 3)
try:
    deque().pop()
except IndexError as e:
    print(e)
