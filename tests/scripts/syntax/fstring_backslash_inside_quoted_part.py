# A backslash inside a string in an f-string expression is refused as a backslash, before the string is scanned.
print(f'{"\\""}')
