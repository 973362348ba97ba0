# a list display that is only iterated or searched (for, comprehension clauses, in) is a tuple in CPython: the genexpr's .0 is a tuple_iterator
def source_type(gen):
    return type(gen.gi_frame.f_locals[".0"]).__name__

a, b = 10, 20
print(source_type(x for x in [1, 2, 3]))
print(source_type(x for x in [a, b]))
print(source_type(x for x in [a, -1, "s", None, 2.5]))
print(source_type(x for x in []))
print(source_type(x for x in [*range(3)]))
print(source_type(x for x in [*range(2), a]))
print(source_type(x for x in (a, b)))
print(source_type(x for x in {a, b}))
print(source_type(x for x in list([1, 2])))
print(source_type(x for x in [[1], [2]]))
print(list(x * 2 for x in [a, b]))
print([y for x in [1, 2] for y in [x, x * 10]])
print({x: y for x in [1, 2] for y in [a, b] if y > x})
print(2 in [1, 2], 3 not in [1, a], 1 < 2 in [2], 1 in [1] in [[1]])
total = 0
for n in [1, 2, 3]:
    total += n
for n in [a, *[b]]:
    total += n
print(total)
