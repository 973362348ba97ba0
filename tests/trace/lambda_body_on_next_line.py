# A lambda whose body continues on a later line: CPython puts the lambda's
# RETURN_VALUE on the lambda's own line (compiler_enter_scope's location),
# so after the body the frame steps back to that line and returns from it.
f = lambda x: (x +
               1)
print(f(2))
g = lambda x, y: (
    x * y)
print(g(3, 4))
h = (lambda:
     5)
print(h())
k = lambda v: (v
               if v else
               0)
print(k(0), k(3))
m = sorted([3, 1, 2], key=lambda v:
           -v)
print(m)
