# Assigning a name anywhere in a function makes it local everywhere in it.
count = 0
def bump():
    count += 1

bump()
