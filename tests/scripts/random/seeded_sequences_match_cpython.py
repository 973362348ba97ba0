# A seeded program draws exactly what python3 draws: MT19937 seeded by
# init_by_array, random(), getrandbits, randbelow-based randint/randrange/
# choice/shuffle/sample, choices with and without weights, uniform, gauss.
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.getrandbits(5), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))
print(random.choice("abcdef"), random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -3))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 7), random.sample("abcdefgh", 3))
print(random.sample(range(1000), 30))
print(random.choices("abc", k=5), random.choices("abc", weights=[1, 5, 1], k=5), random.choices("abc", cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 3), random.gauss(), random.gauss(10, 2), random.gauss())
for s in [0, 1, -7, 2**40 + 3, 2**100, 3.5, -0.25]:
    random.seed(s); print(s, random.random(), random.randrange(10**30))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
random.seed(None); x = random.random(); print(0 <= x < 1)
