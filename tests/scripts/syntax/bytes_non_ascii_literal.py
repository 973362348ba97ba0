# A non-ASCII character in a bytes literal is a SyntaxError in CPython.
print("never printed")
data = b"café"
