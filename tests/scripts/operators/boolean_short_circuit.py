# and/or return one of their operands and stop as soon as the result is known.
def loud(x):
    print("eval", x)
    return x

print(loud(0) and loud(1))
print(loud(2) or loud(3))
print(not [], [] or "empty", "x" and "y")
