# compress() counts all its arguments (at most 2) before it looks at keywords, as the clinic does: a third one is refused, not ignored.
import itertools as it
for f in [lambda: it.compress('a', [1], [2]), lambda: it.compress('a', [1], x=1), lambda: it.compress(x=1, y=2, z=3),
          lambda: it.compress('a', data='b'), lambda: it.compress(data='a'), lambda: it.compress(),
          lambda: list(it.compress(selectors=[1, 0, 1], data='abc')), lambda: it.compress('a', [1], selectors=[1])]:
    try:
        r = f()
        print(r if isinstance(r, list) else type(r).__name__)
    except TypeError as e:
        print(e)
