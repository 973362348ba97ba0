# Strings are sequences of characters.
word = "python"
print(word[0], word[-1], len(word))
for ch in "abc":
    print(ch, ord(ch))
print(chr(65), "y" in word, "z" not in word)
print(word * 2, "=" * 10)
