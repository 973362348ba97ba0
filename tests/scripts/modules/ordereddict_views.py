# OrderedDict's keys()/values()/items() are odict_keys/odict_values/odict_items views with odict_iterator iterators.
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
print(od.keys(), od.values(), od.items())
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__)
print(type(iter(od.keys())).__name__, type(reversed(od.values())).__name__, type(iter(od.items())).__name__)
print(list(reversed(od.items())), list(od.values()), list(iter(od.items())))
print(isinstance(od.keys(), type({}.keys())), od.keys() == {'a', 'b'}, od.items() == {('a', 1), ('b', 2)})
print(od.keys() & {'a'}, 'a' in od.keys(), ('a', 1) in od.items(), 2 in od.values(), len(od.items()))
od.move_to_end('a')
print(od.keys(), str(od.values()), repr(od.items()))
try:
    for k in od.keys():
        od['z'] = 1
except RuntimeError as e:
    print(e)
try:
    for v in od.values():
        del od['z']
except RuntimeError as e:
    print(e)
print(OrderedDict().keys(), {}.keys() == OrderedDict().keys())
