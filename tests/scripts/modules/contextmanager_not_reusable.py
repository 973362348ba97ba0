# a @contextmanager object serves one with statement: its __enter__ starts by deleting self.args, so a second with on it is an AttributeError
from contextlib import contextmanager


@contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)


cm = managed("once")
with cm as value:
    print("body", value)
try:
    with cm:
        print("never")
except AttributeError as e:
    print("AttributeError:", e)
with managed("fresh") as value:
    print("body", value)
