# Mistake: a typo in a keyword. `yeild` is not `yield`, so Python
# cannot read this program at all: nothing runs, not even the last line.
# Read the error: it points at the line and the word after the typo.

def squares(n):
    for i in range(n):
        yeild i * i

print("this line never runs")
print(list(squares(4)))
