# A unary operator on a constant whose operand is on a later line: CPython
# 3.11's AST optimiser folds it (fold_unaryop) into one constant on the
# operator's location, so the operand's line is no step.
a = 2
y = (a,
     -
     1)
q = -(
    2 ** 3)
r = not (
    0)
u = +(
    3.5)
s = ~(
    7)
def g():
    yield -(
        1)
    yield (not
           "")
print(y, q, r, u, s, list(g()))
