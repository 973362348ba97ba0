# A generator can close over a variable of its enclosing function.
def make_multiples(k):
    def gen(n):
        for i in range(n):
            yield i * k
    return gen

triples = make_multiples(3)
print(list(triples(4)))
