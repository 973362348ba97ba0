import sys
print("a", "b", "c", sep=", ", end="!\n")
print("no newline", end="")
print()
print(1, 2, sep="")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("err", 1, file=sys.stderr)
sys.stderr.write("raw\n")
sys.stdout.write("written\n")
print(*[1, 2, 3])
print("x", None, sep=None, end=None)
try:
    print("a", sep=1)
except TypeError as e:
    print("TypeError:", e)
