for v in ["abc", [1, 2], (1,), {1: 2}, {3}, range(10), "héllo"]:
    print(len(v))
for bad in [5, None, 3.5]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
try:
    len([1], [2])
except TypeError as e:
    print(e)
