# gi_frame: a generator's frame object, where it stands and what it holds,
# from creation to the end (None once it is finished).
def countdown(n):
    total = 0
    while n > 0:
        total += n
        yield n
        n -= 1

g = countdown(2)
f = g.gi_frame
print(type(f).__name__, f.f_lineno, f.f_locals, f.f_code.co_name, f.f_back)
print(next(g), f.f_lineno, f.f_locals)
print(next(g), g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(repr(f).startswith("<frame at 0x"), "line 7, code countdown>" in repr(f))
print(list(g), g.gi_frame)
