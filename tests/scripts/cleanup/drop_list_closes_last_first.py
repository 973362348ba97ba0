# A list of suspended generators dropped at once: CPython frees list items
# last to first, so the finally blocks print in reverse order.
def gen(name):
    try:
        yield name
    finally:
        print("closing", name)

gens = [gen(n) for n in "abc"]
for g in gens:
    next(g)
gens = None
print("after")
