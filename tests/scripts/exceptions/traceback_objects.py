# Traceback objects: what __exit__ gets as tb, exc.__traceback__ walked by
# tb_next (outermost frame first) and sys.exc_info()[2], as python3 gives them.
import sys
class C:
    def __enter__(self): return self
    def __exit__(self, typ, val, tb):
        print(typ.__name__, val, tb is None, type(tb).__name__, tb.tb_lineno, tb.tb_next)
        return True
with C():
    raise KeyError("k")
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines, sys.exc_info()[2].tb_lineno)
    print(repr(e.__traceback__)[:20])
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
print(ValueError("x").__traceback__)
