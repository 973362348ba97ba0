# A failed `assert ready` inside a generator: the traceback's assert line has no carets,
# as in CPython 3.11 (the raise is on the whole statement, not on the name).
def batches(items, size):
    ready = size > 0
    assert ready
    for i in range(0, len(items), size):
        yield items[i:i + size]


print(list(batches("abcdefg", 3)))
for batch in batches("abc", 0):
    print(batch)
