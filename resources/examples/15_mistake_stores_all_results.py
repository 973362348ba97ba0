# Mistake: thinking `results = gen()` stores all the results.
# It stores a generator object; the values are made only when asked for.

def slow_squares(n):
    for i in range(n):
        print("computing", i)
        yield i * i


results = slow_squares(3)
print("results is", type(results).__name__)   # a generator, not a list
print("nothing has been computed yet")

print(list(results))        # now the values are made, once
print(list(results))        # [] : a generator can be used only once

saved = list(slow_squares(3))  # to keep the values, put them in a list
print(saved, saved)
