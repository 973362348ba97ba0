# copy(), __repr__, __iter__, __len__, __reversed__ and __copy__ of the collections types refuse an extra argument (they ignored it), in CPython's words.
from collections import OrderedDict, Counter, defaultdict, deque
for call in [lambda: OrderedDict(a=1).copy(1), lambda: Counter(a=1).copy(1), lambda: defaultdict(int).copy(1),
             lambda: OrderedDict(a=1).__repr__(1), lambda: Counter(a=1).__repr__(1),
             lambda: defaultdict(int).__repr__(1), lambda: deque().__repr__(1),
             lambda: OrderedDict().__iter__(1), lambda: Counter().__iter__(1), lambda: defaultdict(int).__iter__(1),
             lambda: deque().__len__(1), lambda: deque().__iter__(1), lambda: deque().__reversed__(1),
             lambda: deque().__copy__(1), lambda: deque().copy(1)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
print(OrderedDict(a=1).copy(), Counter(a=1).copy(), defaultdict(int).copy(), deque([1]).__copy__(), len(deque([1])))
