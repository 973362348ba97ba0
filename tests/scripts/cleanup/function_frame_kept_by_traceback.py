# A function frame the exception left keeps its locals until the exception
# is cleared at the end of the except block (CPython's traceback holds it).
def gen():
    try:
        yield 1
    finally:
        print("gen finally")

def work():
    g = gen()
    next(g)
    raise ValueError("boom")

try:
    work()
except ValueError as e:
    print("caught", e)
print("after")
