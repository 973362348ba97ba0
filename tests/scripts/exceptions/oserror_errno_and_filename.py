# OSError(errno, strerror[, filename]) shows "[Errno N] text: 'file'", keeps errno/strerror/filename, and picks the errno's subclass.
for e in (OSError(2, "No such file"), OSError(2, "No such file", "data.csv"), OSError("just a message"),
          OSError(13, "denied"), OSError(17, "exists", "out", None, "copy"), OSError(1, 2, 3, 4, 5, 6),
          OSError(None, "no number"), OSError(99, "unknown errno"), FileNotFoundError(13, "named class wins")):
    print(type(e).__name__, "|", e, "|", repr(e), "|", e.args, "|", e.errno, e.strerror, e.filename, e.filename2)

e = OSError(2, "gone", "a.txt")
e.filename = "b.txt"
print(e)


class MissingConfig(OSError):
    def __init__(self, path):
        super().__init__(2, "config is missing", path)


try:
    raise MissingConfig("settings.ini")
except FileNotFoundError:
    print("not reached: a subclass is not re-picked")
except OSError as err:
    print(type(err).__name__, err, err.errno, err.filename)

for errno in (11, 10, 32, 103, 111, 104, 17, 21, 20, 4, 1, 3, 110):
    err = OSError(errno, "x")
    print(errno, type(err).__name__, [c.__name__ for c in type(err).__mro__[1:-2]])

try:
    raise OSError(17, "File exists", "notes.txt")
except FileExistsError as err:
    print("caught", err)
raise ConnectionResetError(104, "Connection reset by peer")
