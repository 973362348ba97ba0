# An augmented assignment whose store fails: the traceback marks the target
# (CPython 3.11 puts the store on the target's location), not the statement.
class P:
    @property
    def v(self):
        return 1
p = P()
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print(e)
p.v += 1
