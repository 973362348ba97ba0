# match: sequence patterns (with and without a star) and mapping patterns (**rest).
from collections import deque, OrderedDict, defaultdict

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (1, 2), [1, 2, 3, 4], range(5), deque([7, 8]), "ab", {1: 2}, {1, 2}, 5]:
    print(repr(v), "->", seq(v))

def star(v):
    match v:
        case [*head, 9]:
            return f"ends with 9 after {head}"
        case [0, *rest]:
            return f"starts with 0 then {rest}"
        case [*_]:
            return "any sequence"
    return "no"

for v in [[9], [1, 2, 9], (0, 1, 2), [0], [5], "x"]:
    print(v, "->", star(v))

def nested(v):
    match v:
        case [(a, b), [c, *d]]:
            return (a, b, c, d)
        case ((1, _), _) | ([2, _], _):
            return "or of sequences"
    return None

print(nested([(1, 2), [3, 4, 5]]), nested([[1, 9], 0]), nested(((2, 0), 0)), nested([1]))

def mapping(v):
    match v:
        case {}:
            pass
    match v:
        case {"action": "move", "to": [x, y]}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(t), **rest}:
            return f"say {t!r} rest={rest}"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {**everything}:
            return f"other mapping {everything}"
        case _:
            return "not a mapping"

for v in [{"action": "move", "to": [1, 2], "speed": 3}, {"action": "move", "to": (1,)},
          {"action": "say", "text": "hi"}, {"action": "say", "text": "hi", "loud": True, "n": 2},
          {1: "a", 2: "b"}, {True: "t", 2: "b"}, OrderedDict(a=1), defaultdict(int, {"action": "say", "text": "dd"}),
          {}, [("action", "move")], "action"]:
    print(v, "->", mapping(v))

# A defaultdict's missing key does not match (get() is used, not [ ]).
d = defaultdict(list)
match d:
    case {"k": v}:
        print("matched", v)
    case _:
        print("no key, still empty:", dict(d))
