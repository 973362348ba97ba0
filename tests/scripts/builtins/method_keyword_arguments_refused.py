# Built-in methods that take no keyword arguments refuse them with CPython's message
# (type-qualified), instead of ignoring them: [].copy(deep=True) is a TypeError.
calls = [
    lambda: [1].copy(deep=True), lambda: {}.items(sorted=True), lambda: {}.keys(x=1), lambda: "a".upper(locale="tr"),
    lambda: [].clear(x=1), lambda: [3, 1].reverse(inplace=True), lambda: {"a": 1}.popitem(last=False),
    lambda: {1}.pop(x=1), lambda: "1".isdigit(strict=True), lambda: (5).bit_length(x=1), lambda: (1.5).is_integer(x=1),
    lambda: {}.get(key="a"), lambda: {}.get("a", default=0), lambda: {}.pop(k=1), lambda: {}.setdefault(key=1),
    lambda: [].append(x=1), lambda: [].index(x=1), lambda: [].insert(i=1), lambda: [].pop(index=0),
    lambda: [].count(x=1), lambda: [].remove(x=1), lambda: ().index(x=1), lambda: ().count(x=1),
    lambda: "".join(iterable=[]), lambda: "".startswith(prefix="a"), lambda: "".find(sub="a"), lambda: "".count(x=1),
    lambda: "".replace(old="a", new="b"), lambda: "x".translate(table={}), lambda: str.maketrans(x={}),
    lambda: "".strip(chars=None), lambda: "".ljust(width=3), lambda: "".center(width=3), lambda: "".partition(sep=","),
    lambda: "".zfill(width=1), lambda: [].extend(iterable=[]), lambda: set().add(x=1),
]
for i, call in enumerate(calls):
    try:
        print(i, "returned", call())
    except TypeError as e:
        print(i, e)


def settings():
    yield {"debug": True}


for conf in settings():
    print(conf.get("debug", default=False))
