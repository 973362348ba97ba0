# zip holds its iterators in a tuple, which CPython frees last to first:
# breaking out closes "right" before "left".
def gen(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print("closing", name)

for a, b in zip(gen("left"), gen("right")):
    print(a, b)
    break
print("after loop")
