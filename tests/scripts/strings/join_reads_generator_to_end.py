# str.join and bytes.join read a generator to its end before checking any
# item (CPython's PySequence_Fast), so code after a bad item still runs and
# the generator finishes rather than being closed half-way.
def parts():
    yield "a"
    yield 2
    print("after the bad item")
    yield "c"


try:
    print("-".join(parts()))
except TypeError as e:
    print("TypeError:", e)

try:
    b",".join(x for x in [b"x", "y", b"z"])
except TypeError as e:
    print("TypeError:", e)

print("-".join(parts()))
