# contextlib: a generator as a with-statement. The code before the yield is
# the setup, the yielded value is what `as` names, the code after is the
# cleanup; an exception in the block is raised at the yield.
from contextlib import contextmanager, suppress, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("b") as t:
    print("inside", t)

@contextmanager
def guarded():
    try:
        yield
    except ValueError as e:
        print("handled", e)
    finally:
        print("cleanup")

with guarded():
    raise ValueError("bad value")
print("after guarded")

try:
    with guarded():
        raise KeyError("k")
except KeyError as e:
    print("escaped", repr(e))

@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def twice():
    yield 1
    yield 2

# A generator that never yields, or yields twice, is no with-statement.
for misuse in (no_yield, twice):
    try:
        with misuse():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError("converted")

try:
    with reraise_other():
        raise ValueError("v")
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with nullcontext(42) as n:
    print("null", n)
with nullcontext() as n:
    print("null", n)

@contextmanager
def stop_inside():
    yield

try:
    with stop_inside():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration passes through:", e)

print(tag.__name__ if hasattr(tag, "__name__") else "?")
