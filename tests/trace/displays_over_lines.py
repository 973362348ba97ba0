# Dict displays, big displays and calls with * or ** over several lines, as
# CPython 3.11 compiles them. A dict whose keys are all constants loads its
# values, then the keys as one tuple (BUILD_CONST_KEY_MAP): a key on a line
# of its own is no step. Past 30 items (STACK_USE_GUIDELINE) a list, tuple,
# set or dict starts empty and adds each item on the display's line, so the
# trace steps back there after each one. The elements before the first
# *star are built at once, and a call's named keywords beside a ** are a
# dict of constant names (compiler_subkwargs).
def f(*a, **k):
    return (len(a), sorted(k))
def v(x):
    return x
d = {
    "a":
        v(1),
    "b": 2}
args = [1, 2]
kw = {"z": 1}
t = (
    v(1),
    v(2),
    *args)
m = {**kw,
     "q":
     v(1),
     "r": 2}
r1 = f(*args,
       x=v(1),
       y=
       v(2))
r2 = f(**kw,
       a=1,
       b=v(
           2))
big = [
    v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7), v(8), v(9),
    v(10), v(11), v(12), v(13), v(14), v(15), v(16), v(17), v(18), v(19),
    v(20), v(21), v(22), v(23), v(24), v(25), v(26), v(27), v(28), v(29),
    v(30),
]
table = {
    "k0": v(0), "k1": v(1), "k2": v(2), "k3": v(3), "k4": v(4), "k5": v(5),
    "k6": v(6), "k7": v(7), "k8": v(8), "k9": v(9), "k10": v(10), "k11": v(11),
    "k12": v(12), "k13": v(13),
    "k14": v(14),
    "k15": v(15),
    "k16": v(16),
}
print(d, t, m, r1, r2, len(big), len(table))
