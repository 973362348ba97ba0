def gen():
    yield 1
    raise RuntimeError("boom")

def consume():
    for x in gen():
        print(x)

consume()
