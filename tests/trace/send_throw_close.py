def acc():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                break
            total += x
    except ValueError:
        yield -1
    finally:
        print("closing")

a = acc()
next(a)
print(a.send(3))
print(a.send(4))
print(a.throw(ValueError))
a.close()
