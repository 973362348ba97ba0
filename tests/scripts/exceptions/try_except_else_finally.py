# else runs when nothing was raised; finally runs always.
def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("division by zero")
    else:
        print("result", r)
    finally:
        print("finally")

attempt(2)
attempt(0)
