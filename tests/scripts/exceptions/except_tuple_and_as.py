# One handler can catch several types; `as` binds the exception.
for bad in ["x", [], 0]:
    try:
        print(10 // int(bad) if bad != [] else bad[0])
    except (ValueError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, "-", e)
