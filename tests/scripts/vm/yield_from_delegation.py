def inner():
    try:
        x = yield 1
        print('inner got', x)
        yield 2
    except ValueError:
        yield 'handled'
    return 'ret'
def outer():
    r = yield from inner()
    print('returned', r)
    yield 'end'
o = outer()
print(next(o), o.send('s'), o.throw(ValueError), next(o))
