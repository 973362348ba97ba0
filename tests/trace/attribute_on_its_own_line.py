# An attribute or method name on a later line than its object: the load,
# the call and the store are on the name's line (CPython 3.11 moves their
# location there), so each continuation line is a step.
t = "Hi"
s = (t
     .upper)
u = (t
     .lower())
v = ("a,b"
     .strip()
     .split(","))
w = {"a": 1,
     "b": 2}.items()
n = ("abc".count("a")
     .to_bytes(1, "big"))
class P:
    pass
p = P()
(p
 .x) = 5
print(s(), u, v, list(w), n, p.x)
try:
    (t
     .missing2)
except AttributeError as e:
    print(e)
