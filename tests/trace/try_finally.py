def risky(x):
    try:
        return 10 / x
    except ZeroDivisionError:
        print("caught")
        return None
    finally:
        print("finally")

print(risky(2))
print(risky(0))
