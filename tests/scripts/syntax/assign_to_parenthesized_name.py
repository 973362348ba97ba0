# A parenthesized name is no bare name: CPython names what cannot be assigned.
count = 0
if (count) = 0:
    print("zero")
