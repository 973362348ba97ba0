# A suspended generator finalised at interpreter exit (by the exit's garbage
# collection) whose finally block never ends: the run ends with the
# step-budget message and status, not a crash or a hang.
def g():
    try:
        yield 1
    finally:
        while True:
            pass

x = g()
next(x)
print("end of module")
