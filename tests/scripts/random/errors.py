# random's errors: CPython's types and messages.
import random
random.seed(3)
tests = [
    lambda: random.choice([]),
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randint(5, 1),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1, 2),
    lambda: random.randrange("a"),
    lambda: random.getrandbits(-1),
    lambda: random.sample({1, 2, 3}, 2),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.choices("ab", [1, 2, 3]),
    lambda: random.choices("ab", [0, 0]),
    lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
    lambda: random.choices("ab", 3),
    lambda: random.seed([1, 2]),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(random.randint(True, 3))
