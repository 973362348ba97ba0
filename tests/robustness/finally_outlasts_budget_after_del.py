# Issue 9: a generator finalised by `del` whose finally block outlasts the
# step budget crashed (SIGSEGV): the stop was swallowed by the release path
# and the run went on in a frame that was already unwound. The run must end
# with the step-budget message instead. (The finally counted to 10**9;
# an empty loop reaches `run`'s budget sooner with the same ending.)
def g():
    try:
        yield 1
    finally:
        while True:
            pass

x = g()
next(x)
del x
print("after del")
while True:
    pass
