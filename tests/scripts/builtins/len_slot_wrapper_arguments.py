# x.__len__() is a slot wrapper for list, tuple, dict, set, frozenset, range and dict views: an argument is "expected 0 arguments, got 1" and a keyword "wrapper __len__() takes no keyword arguments"
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for name, v in [("list", [3, 1, 2]), ("tuple", (1, 2)), ("dict", {"a": 1}), ("set", {1, 2, 3}),
                ("frozenset", frozenset({1})), ("range", range(5)), ("keys", {"a": 1}.keys()),
                ("values", {"a": 1, "b": 2}.values()), ("items", {}.items())]:
    attempt(name + ".__len__()", lambda: v.__len__())
    attempt(name + ".__len__(1)", lambda: v.__len__(1))
    attempt(name + ".__len__(1, 2, 3)", lambda: v.__len__(1, 2, 3))
    attempt(name + ".__len__(x=1)", lambda: v.__len__(x=1))
    m = v.__len__
    attempt(name + " bound __len__(None)", lambda: m(None))
attempt("list.__len__([1, 2])", lambda: list.__len__([1, 2]))
attempt("set.__len__({1}, 2)", lambda: set.__len__({1}, 2))
