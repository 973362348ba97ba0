# Squares two ways: a function that builds a list, and a generator function.
# Watch the order of the printed lines: the generator's body only runs
# when the for loop asks it for the next value.

def squares_list(n):
    result = []
    for i in range(n):
        print("  list: computing", i * i)
        result.append(i * i)
    return result              # everything is computed before we return


def squares_gen(n):
    for i in range(n):
        print("  gen: computing", i * i)
        yield i * i            # hand one value out, then pause right here


print("With a list:")
for sq in squares_list(3):
    print("got", sq)

print("With a generator:")
for sq in squares_gen(3):
    print("got", sq)
