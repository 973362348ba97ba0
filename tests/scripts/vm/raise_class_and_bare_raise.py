def f():
    try:
        raise ValueError
    except ValueError:
        print('re-raising')
        raise
f()
