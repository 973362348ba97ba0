# Who runs when? Lines from the generator and from the caller interleave,
# because each next() runs the body only up to the following yield.

def worker():
    print("worker: step 1")
    yield "a"
    print("worker: step 2")
    yield "b"
    print("worker: done")


w = worker()
print("main: created the generator")
print("main: got", next(w))
print("main: got", next(w))
print("main: asking once more")
print("main: got", next(w, "nothing (StopIteration)"))
