# A bad escape is reported at the token after the string, as CPython does.
print("total:\x1", 2)
