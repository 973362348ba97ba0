a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a, a.index(2), a.count(1), a.index(5, 2))
b = a.copy(); b.reverse()
print(b, a)
a.clear()
print(a, len(b))
c = [1, 2]
c.extend(c)
c.extend(x * 10 for x in range(3))
c.extend("ab")
print(c)
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(3), lambda: (1, 2).index(3)]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
