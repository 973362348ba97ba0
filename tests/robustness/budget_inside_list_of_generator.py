# The step budget stopping a generator that a native (list()) drives: the
# dispatch loop's abort unwinding read the generator's frame after freeing it
# (heap-use-after-free under ASan). The run must end with the budget message.
import itertools

def endless():
    n = 0
    while True:
        yield n
        n += 1

print(len(list(itertools.islice(endless(), 10))))
print(list(x for x in endless() if x < 0))
