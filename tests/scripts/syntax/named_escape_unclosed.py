# An opened \N{ escape that never closes is malformed to the end of the literal.
print("name: \N{BULLET")
