# Mistake: code after `return` never runs.
# Step through it: the function leaves at line 8 and the print on
# line 9 is skipped, every time.

def average(values):
    total = sum(values)
    count = len(values)
    return total / count
    print("average computed")   # dead code: return already left the function


print(average([2, 4, 9]))
print(average([1, 1]))
