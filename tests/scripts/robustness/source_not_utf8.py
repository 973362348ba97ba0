# A source file that is not UTF-8 is refused before anything runs.
print("never printed")
s = "café"
