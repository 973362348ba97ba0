# A generator dropped before it starts: CPython 3.11 still throws
# GeneratorExit into its frame (call, exception, return); its body never runs.
def g():
    print("body")
    yield 1

x = g()
x = None
print("dropped")
