# An uncaught exception prints a traceback and exits with status 1.
def ratio(a, b):
    return a / b

print("before")
print(ratio(1, 0))
