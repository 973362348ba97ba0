# return ends a function for good; yield pauses it so it can go on later.

def first_with_return():
    for n in [1, 2, 3]:
        return n               # leaves the function: 2 and 3 are never reached


def all_with_yield():
    for n in [1, 2, 3]:
        yield n                # pauses; the next request resumes the loop


print(first_with_return())     # 1, and the function is over
print(first_with_return())     # calling again starts from scratch: 1 again

g = all_with_yield()
print(next(g))                 # 1
print(next(g))                 # 2: it carried on from where it paused
print(next(g))                 # 3
