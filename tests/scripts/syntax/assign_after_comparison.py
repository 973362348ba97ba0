# After a comparison the = is plain "invalid syntax", as CPython reports it:
# its "Maybe you meant ==" rule matches only an operand before the =.
x = 3
if 1 < x = 2:
    print("small")
