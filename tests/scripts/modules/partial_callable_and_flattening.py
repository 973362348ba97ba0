# functools.partial takes only what is callable (an instance needs __call__), and flattens an inner partial of any subclass into its function and arguments unless attributes were set on it, as CPython's partial_new does.
import functools
class NoCall:
    pass
class Call:
    def __call__(self, *a):
        return a
for f in [NoCall(), Call(), NoCall, len, 1, "s", functools.partial(len)]:
    try:
        p = functools.partial(f, 1)
        print(type(p).__name__, p.args)
    except TypeError as e:
        print("TypeError:", e)
class P(functools.partial):
    pass
inner = P(max, 1)
outer = functools.partial(inner, 2)
print(outer.func is max, outer.args, type(outer).__name__)
outer2 = P(functools.partial(min, 5), 6)
print(outer2.func is min, outer2.args, type(outer2).__name__, outer2())
tagged = functools.partial(max, 1)
tagged.note = "kept"
outer3 = functools.partial(tagged, 2)
print(outer3.func is tagged, outer3.args, outer3())
