# Thousands of draws after several seeds agree with CPython (checksums and
# samples), including the state refill every 624 words.
import random
for seed in (1, 12345, 2**31 - 1, 2**32, 10**20):
    random.seed(seed)
    xs = [random.random() for _ in range(2000)]
    ns = [random.randint(-1000, 1000) for _ in range(2000)]
    print(seed, xs[0], xs[999], xs[-1], sum(ns), ns[:8])
random.seed(7)
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(sorted(random.sample(deck, 5)))
print([random.randrange(0, 10**12, 7) for _ in range(4)])
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(31), random.getrandbits(33), random.getrandbits(65))
