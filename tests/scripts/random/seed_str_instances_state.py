# random: str seeds (version 2 hashes the UTF-8 bytes with SHA-512, version 1
# the code points), Random(seed) instances with their own generator, and
# getstate()/setstate() round trips, all drawing what CPython draws.
import random

for s in ["hello", "", "é", "a much longer seed string that spans more than one block " * 3, "42"]:
    random.seed(s)
    print(repr(s[:12]), random.random(), random.randint(1, 100))
random.seed("hello", version=1)
print("version 1:", random.random())
random.seed("", 1)
print("version 1 empty:", random.random())

r = random.Random(42)
print(r.random(), r.randint(1, 6), r.choice("abc"), r.randrange(10, 20, 3))
r2 = random.Random("abc")
print(r2.random(), r2.sample(range(10), 3))
print(isinstance(r, random.Random), type(r).__name__)

# Instances do not disturb each other or the module's generator.
random.seed(5)
a = random.Random(5)
print(random.random() == a.random(), random.random() == a.random())

st = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(st)
again = [r.random() for _ in range(3)]
print(first == again, first)

random.seed(1)
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
x = random.random()
random.setstate(st)
print(random.random() == x)

g = random.Random(7)
print(g.random(), g.gauss(0, 1))
saved = g.getstate()
print(saved[2] is not None)
y = g.gauss(0, 1)
g.setstate(saved)
print(g.gauss(0, 1) == y)
g.seed("7", version=1)
print(g.random())
g.seed(None)
print(0 <= g.random() < 1)
shuffled = list(range(8))
random.Random("shuffle").shuffle(shuffled)
print(shuffled)

for bad in [(2, (), None), (3, (1, 2, 3), None), "state"]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
