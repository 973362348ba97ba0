# OrderedDict, Counter, defaultdict (and subclasses) are dict subclasses for isinstance/issubclass/match; defaultdict.fromkeys is dict's classmethod.
from collections import OrderedDict, Counter, defaultdict, deque
class MyOD(OrderedDict):
    pass
for x in (OrderedDict(a=1), Counter('ab'), defaultdict(int), MyOD()):
    print(type(x).__name__, isinstance(x, dict), isinstance(x, (int, dict)), issubclass(type(x), dict),
          issubclass(type(x), (dict, list)))
print(isinstance(deque(), dict), issubclass(deque, dict), isinstance({}, OrderedDict), issubclass(dict, Counter))
def kind(x):
    match x:
        case dict():
            return 'dict'
        case _:
            return 'other'
print(kind(OrderedDict()), kind(Counter()), kind(defaultdict(list)), kind(deque()))
print(defaultdict.fromkeys('ab'), defaultdict(int).fromkeys('a', 0), type(defaultdict.fromkeys('')).__name__)
class DD(defaultdict):
    pass
print(repr(DD.fromkeys('xy', 1)))
for f in (lambda: defaultdict.fromkeys(), lambda: defaultdict.fromkeys(1, 2, 3), lambda: defaultdict.fromkeys(5)):
    try:
        f()
    except TypeError as e:
        print(e)
