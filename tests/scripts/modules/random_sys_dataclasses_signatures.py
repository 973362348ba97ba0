# random's functions fail as the Python methods of a Random instance do ("Random.choice() takes 2 positional arguments but 3 were given"; gauss(1, 2, 3) and Random('ab', x=1) are refused), METH_NOARGS functions say "takes no arguments" (sys.exc_info(x=1) was accepted), and sys.getsizeof, sys.intern, input, globals and dataclasses.fields, field and asdict word their errors as CPython does.
import dataclasses
import random
import sys

@dataclasses.dataclass
class P:
    x: int = 0

calls = [
    lambda: random.choice(), lambda: random.choice([1], 2), lambda: random.choice(x=1), lambda: random.choice(seq=[7]),
    lambda: random.randint(1), lambda: random.randint(1, 2, 3), lambda: random.randint(a=3, b=3),
    lambda: random.uniform(1), lambda: random.uniform(b=2, a=2), lambda: random.gauss(1, 2, 3), lambda: random.gauss(x=1),
    lambda: random.shuffle(), lambda: random.shuffle([1], 2), lambda: random.setstate(), lambda: random.getstate(1),
    lambda: random.seed(1, 2, 3), lambda: random.seed(x=1), lambda: random.randrange(), lambda: random.randrange(x=1),
    lambda: random.choices(), lambda: random.choices([1], [1], [1]), lambda: random.choices([1], x=1),
    lambda: random.sample(), lambda: random.sample([1]), lambda: random.sample([1], 1, 2),
    lambda: random.random(1), lambda: random.random(x=1), lambda: random.getrandbits(), lambda: random.getrandbits(x=1),
    lambda: random.Random(1, 2), lambda: random.Random("ab", x=1), lambda: random.Random(k=2),
    lambda: random.Random(x=5).random() == random.Random(5).random(),
    lambda: sys.exc_info(1), lambda: sys.exc_info(x=1), lambda: sys.getrecursionlimit(2),
    lambda: sys.getsizeof(), lambda: sys.getsizeof(x=1), lambda: sys.getsizeof(1, 2, 3), lambda: sys.getsizeof(object=0),
    lambda: sys.intern(), lambda: sys.intern(1), lambda: sys.intern(x="a"),
    lambda: globals(1), lambda: locals(1, 2),
    lambda: dataclasses.fields(), lambda: dataclasses.fields(1, 2), lambda: dataclasses.fields(class_or_instance=P)[0].name,
    lambda: dataclasses.field(1), lambda: dataclasses.field(x=1),
    lambda: dataclasses.asdict(), lambda: dataclasses.asdict(P(), 2), lambda: dataclasses.asdict(obj=P(3)),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
try:
    input(1, 2)
except TypeError as e:
    print("TypeError:", e)
