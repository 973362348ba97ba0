def risky(x):
    if x == 0:
        raise ValueError("zero")
    return 10 / x

for v in [2, 0]:
    try:
        r = risky(v)
    except ValueError as e:
        print("caught", e)
    else:
        print("ok", r)
    finally:
        print("finally")
