# A conditional expression with no else, followed by =: CPython still says
# the else is missing (invalid_expression), not "invalid syntax".
x = 1
print("yes" if x = 1)
