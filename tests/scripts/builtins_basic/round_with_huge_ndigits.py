# round() with ndigits of any size: an int's own value for ndigits >= 0, a float's ndigits clipped as CPython clips them.
for args in ((10**20, 10**20), (5, 10**20), (1.5, 10**20), (1.5, -10**20), (2.675, 2), (12345, -2), (-0.5,), (0.5,), (1.5,), (10**30 + 0.0, -5), (7, None), (7.5, None), (float("inf"),), (float("nan"), 1), (float("inf"), 0)):
    try:
        print(args, repr(round(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
