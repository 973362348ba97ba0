# int() of a non-number string is a ValueError quoting the string.
print(int("12"))
print(int("twelve"))
