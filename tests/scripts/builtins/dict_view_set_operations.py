seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for trial in range(40):
    d = {rnd(100): rnd(5) for _ in range(rnd(20))}
    s = set(rnd(100) for _ in range(rnd(25)))
    l = [rnd(100) for _ in range(rnd(8))]
    e = {rnd(100): 0 for _ in range(rnd(10))}
    print(d.keys() & s, d.keys() & l, d.keys() | s, d.keys() - l, d.keys() ^ s, d.keys() & e.keys(), d.keys() - e.keys(),
          d.items() & {(1, 1), (2, 0)}, d.keys() == set(d), len(d.items() | set()))
