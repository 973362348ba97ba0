# print() writes each argument, separator and end on its own: a file object's write() sees the pieces, and what came before a failing str() is already out.
class Log:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
log = Log()
print("a", 1, [2], sep="-", end="!\n", file=log)
print(file=log)
print("x", file=log, end="")
print(log.parts)
class Boom:
    def __str__(self): raise ValueError("no str")
try:
    print("before", Boom(), "after")
except ValueError as e:
    print("|", e)
try:
    print("before", Boom(), file=log)
except ValueError as e:
    print(log.parts[-2:], e)
import sys
print("to stderr", 5, file=sys.stderr)
