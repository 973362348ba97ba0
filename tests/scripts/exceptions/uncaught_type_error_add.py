# Adding str and int is a TypeError.
n = 3
print("n = " + n)
