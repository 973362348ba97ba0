# input() at the end of input raises EOFError (uncaught: a traceback, exit 1),
# after writing its prompt.
def ask():
    return input("? ")

print(ask())
print(ask())
