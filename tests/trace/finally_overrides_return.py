# break, continue and return inside a finally that runs on the way out of a
# return: the value being returned is dropped (CPython's POP_VALUE block);
# this used to leave it on the stack and loop forever.
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
def h():
    while True:
        try:
            return 1
        finally:
            break
    return 2
def k():
    try:
        return "first"
    finally:
        return "second"
def m():
    for x in [1, 2]:
        for y in [3, 4]:
            try:
                return (x, y)
            finally:
                if y == 3:
                    continue
                break
    return "done"
print(g(), h(), k(), m())
