def g():
    x = yield 1
    print('got', x)
    try:
        yield 2
    except KeyError as e:
        print('caught', repr(e))
        yield 3
    return 'done'
it = g()
print(next(it), it.send('hi'), it.throw(KeyError('k')))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
print(next(it, 'default'))
