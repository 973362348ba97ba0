# What a for loop really does with a generator.

def countdown(n):
    print("countdown starts")
    while n > 0:
        yield n
        n -= 1
    print("countdown ends")    # runs when the loop asks for one value too many


for number in countdown(3):
    print("lift-off in", number)

# The same loop written out by hand:
g = countdown(2)
while True:
    try:
        number = next(g)
    except StopIteration:
        break
    print("by hand:", number)
