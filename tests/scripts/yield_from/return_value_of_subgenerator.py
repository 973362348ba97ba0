# The value of `yield from` is the subgenerator's return value.
def tally():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

def delegator(results):
    while True:
        result = yield from tally()
        results.append(result)

results = []
d = delegator(results)
next(d)
for batch in [[1, 2, 3], [10, 20]]:
    for x in batch:
        d.send(x)
    d.send(None)
print(results)
