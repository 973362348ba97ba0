# An await inside a list comprehension makes it asynchronous, which needs an
# async function around it; the caret covers the whole comprehension.
def squares(values):
    return [await v * v for v in values]


print(squares([1, 2, 3]))
