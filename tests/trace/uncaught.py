def gen():
    yield 1
    raise ValueError("bad value")

for v in gen():
    print(v)
