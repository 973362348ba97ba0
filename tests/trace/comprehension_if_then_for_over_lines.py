# A comprehension whose `if <comparison>` is on a line of its own and is
# followed by another `for` clause: the inner loop's GET_ITER and FOR_ITER
# (and the appends and back-jumps) are on the comparison's line, since
# CPython's compiler_jump_if keeps a Compare's location for what follows,
# and FOR_ITER takes the location current when it is emitted.
data = [1, 5, 7, 2]
other = [10, 20]
r = [a + b for a in data
     if a > 3
     for b in other]
print(r)
s = [a for a in data
     if a
     > 3]
print(s)
t = {a: b for a in data if a > 1
     for b in other}
print(t)
g = (x * y
     for x in data
     if x >
     4
     for y in other
     if y
     < 15)
print(list(g))
