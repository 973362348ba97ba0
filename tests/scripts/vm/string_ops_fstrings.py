name = 'py'
x = 3.14159
print(f'{name!r:>6}|{x:.2f}|{x*2=}' if False else f'{name!r:>6}|{x:.2f}|{10:05d}', '%s-%d-%.1f' % ('a', 5, 2.25), 'ab' * 3, 'b' in 'abc')
