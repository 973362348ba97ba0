# __contains__ of list, tuple and dict views and __getitem__ of tuple and range are slot wrappers: a wrong count is "expected 1 argument, got 0", a keyword "wrapper __contains__() takes no keyword arguments"; list.__getitem__ stays a method
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for name, v in [("list", [3, 1, 2]), ("tuple", (1, 2)), ("keys", {1: 2}.keys()), ("items", {1: 2}.items())]:
    attempt(name + ".__contains__(1)", lambda: v.__contains__(1))
    attempt(name + ".__contains__()", lambda: v.__contains__())
    attempt(name + ".__contains__(1, 2)", lambda: v.__contains__(1, 2))
    attempt(name + ".__contains__(x=1)", lambda: v.__contains__(x=1))
for name, v in [("tuple", (1, 2)), ("range", range(5)), ("list", [3, 1, 2])]:
    attempt(name + ".__getitem__(1)", lambda: v.__getitem__(1))
    attempt(name + ".__getitem__(slice(1, None))", lambda: v.__getitem__(slice(1, None)))
    attempt(name + ".__getitem__()", lambda: v.__getitem__())
    attempt(name + ".__getitem__(0, 1)", lambda: v.__getitem__(0, 1))
    attempt(name + ".__getitem__(x=1)", lambda: v.__getitem__(x=1))
    attempt(name + ".__getitem__(9)", lambda: v.__getitem__(9))
attempt("{1}.__contains__()", lambda: {1}.__contains__())
attempt("{}.__contains__()", lambda: {}.__contains__())
attempt("{}.__getitem__()", lambda: {}.__getitem__())
