# An infinite generator is safe: it only makes the values someone asks for.
from itertools import islice

def odd_numbers():
    n = 1
    while True:                # never ends on its own
        yield n
        n += 2


# islice takes the first five values and then stops asking.
print(list(islice(odd_numbers(), 5)))

# A counter does the same job by hand.
count = 0
for odd in odd_numbers():
    print(odd)
    count += 1
    if count == 3:
        break                  # without this the loop would run forever
