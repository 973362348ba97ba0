# Modulo by zero raises ZeroDivisionError.
print(10 % 3)
print(10 % 0)
