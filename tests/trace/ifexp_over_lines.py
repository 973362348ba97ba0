# A conditional expression over several lines: the test runs first, on its
# own line, then the chosen value; the jump over the else part has no line
# of its own (CPython's ADDOP_JUMP_NOLINE), so there is no step back to the
# test's line. A constant test is a NOP on its line, and the jump it leaves
# is a NOP or a JUMP on the line of the expression around it.
a, b = 1, 2
x = 5
x = (a
     if x > 3 else b)
y = (3
     if False
     else 4)
z = (a
     if x < 0
     else b)
w = (a if
     x else b)
v = (1 if
     0 else
     2)
u = [a if n
     else b for n in range(2)]
def pick(n):
    return ("big"
            if n > 1
            else "small")
print(x, y, z, w, v, u, pick(1), pick(2))
