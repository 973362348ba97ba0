# Adjacent bytes and str literals cannot be mixed.
print("never printed")
data = b"abc" "def"
