# A stray closing bracket in an f-string's replacement field.
x = 3
print(f'{x)}')
