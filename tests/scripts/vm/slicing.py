s = 'hello world'
l = list(range(10))
print(s[::-1], s[2:5], s[-3:], l[1:8:3], l[::-2], l[-100:100], (1, 2, 3)[1:])
l[2:4] = ['a', 'b', 'c']
del l[::3]
print(l)
