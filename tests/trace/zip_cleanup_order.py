# zip holds its iterators in a tuple, which CPython frees last to first:
# breaking out closes "right" before "left". The finally takes a different
# line for each, so the order shows in the step trace.
def gen(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        if name == "left":
            print("closing left")
        else:
            print("closing right")

for a, b in zip(gen("left"), gen("right")):
    print(a, b)
    break
print("after loop")
